import { z } from 'zod';
import { role } from './roles';

/** An address as the desk keeps it: trimmed, lower-case. */
export const email = z.string().trim().toLowerCase().pipe(z.email('must be an e-mail address').max(200));
export const password = z.string().min(12, 'must be at least 12 characters').max(256, 'must be at most 256 characters');

export const signInBody = z.strictObject({ email, password: z.string().min(1, 'is required').max(256) });
export const inviteBody = z.strictObject({ email, role });
export const acceptBody = z.strictObject({ token: z.string().min(20).max(100), name: z.string().trim().min(1, 'is required').max(100), password });
export const roleBody = z.strictObject({ role });
