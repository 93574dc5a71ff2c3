import { z } from 'zod';

/**
 * The desk's roles, each allowed what the ones before it are: a contributor drafts, an editor
 * edits, corrects and submits for review, a publisher publishes, sends back and retracts, an
 * admin invites people and sets their roles.
 */
export const ROLES = ['contributor', 'editor', 'publisher', 'admin'] as const;
export const role = z.enum(ROLES);
export type Role = z.infer<typeof role>;

/** Whether someone of role `held` may do what needs `needed`. */
export const allows = (held: string, needed: Role) => ROLES.indexOf(held as Role) >= ROLES.indexOf(needed);
