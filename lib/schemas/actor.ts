import { z } from 'zod';
import { countryCode, slugId } from './common';

/** Someone who acts in events: a government, an armed group or a person. */
export const actorRecord = z.strictObject({
  id: slugId,
  name: z.string().min(1),
  /** `civilians` and `crowd` (protesters, rioters) are the datasets' unorganised actors. */
  kind: z.enum(['government', 'armed-group', 'organisation', 'person', 'civilians', 'crowd']),
  country: countryCode.optional(),
  role: z.string().optional(),
  memberOf: slugId.optional(),
  /**
   * The names datasets give this actor ("Government of Syria" in UCDP's side_a): an import that
   * meets one of them refers to this actor instead of making one of its own.
   */
  aliases: z.array(z.string().min(1)).optional(),
});
export type ActorRecord = z.infer<typeof actorRecord>;
