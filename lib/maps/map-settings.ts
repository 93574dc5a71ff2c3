import { z } from 'zod';
import { bbox } from '@/lib/schemas/situation';
import { isoDate } from '@/lib/schemas/common';
import { SLUG_PATTERN } from '@/lib/schemas/formats';
import { LAYERS } from '@/lib/url/view-state';

/** A map's address part: lower-case letters, digits and hyphens. */
export const mapSlug = z.string().max(60, 'must be at most 60 characters').regex(SLUG_PATTERN, 'must be lower-case letters, digits and hyphens');

/** A map's settings as an admin writes them (the featured event's existence is checked against the store). */
export const mapSettings = z
  .strictObject({
    slug: mapSlug,
    title: z.string().trim().min(1, 'is required').max(120, 'must be at most 120 characters'),
    /** The region the map opens on: [minLon, minLat, maxLon, maxLat]. */
    bbox,
    /** The first and last day the timeline shows; null for the data's own. */
    first: isoDate.nullable(),
    last: isoDate.nullable(),
    layers: z.array(z.enum(LAYERS, 'must be one of the layers ' + LAYERS.join(', '))).min(1, 'must name at least one layer'),
    /** An event id opened when the page loads, or null. */
    featured: z.string().regex(SLUG_PATTERN, 'must be an event id').max(200).nullable(),
  })
  .refine((m) => m.first === null || m.last === null || m.first <= m.last, { message: 'must be on or after first', path: ['last'] });
export type MapSettings = z.infer<typeof mapSettings>;

/** The slug of the article's map, the first of a deployment (what `/` shows). */
export const ARTICLE_MAP_SLUG = 'aleppo-2024';
