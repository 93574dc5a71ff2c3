import { z } from 'zod';
import { datePrecision, isoDate, slugId } from './common';
import { citation } from './source';

export const eventCategories = ['military', 'diplomatic', 'humanitarian', 'political'] as const;
export const eventCategory = z.enum(eventCategories);
export type EventCategory = z.infer<typeof eventCategory>;

/** `reported`: the source says it happened; `expected`: announced, not yet happened. */
export const eventStatus = z.enum(['reported', 'expected']);
export type EventStatus = z.infer<typeof eventStatus>;

/** One event as written in data/events.json. */
export const eventRecord = z.strictObject({
  id: slugId,
  date: isoDate,
  datePrecision,
  /** The source's own words for the date, verbatim ("on Saturday", "Last week"). */
  dateText: z.string().min(1),
  /** How the date was resolved from those words. */
  dateNote: z.string().min(1).optional(),
  placeId: slugId,
  placeNote: z.string().optional(),
  category: eventCategory,
  actors: z.array(slugId),
  status: eventStatus,
  title: z.string().min(1).max(80),
  summary: z.string().min(1).max(400),
  sources: z.array(citation).min(1, 'an event needs at least one source'),
});
export type EventRecord = z.infer<typeof eventRecord>;
