import { z } from 'zod';
import { countryCode, lonLat, slugId } from './common';

export const placeKinds = ['district', 'province', 'region', 'country', 'water'] as const;
export type PlaceKind = (typeof placeKinds)[number];

/** A named place with WGS84 coordinates and its names by language (BCP 47 tag). */
export const placeRecord = z.strictObject({
  id: slugId,
  name: z.string().min(1),
  names: z.record(z.string().regex(/^[a-z]{2,3}$/, 'must be a language tag like "ar"'), z.string().min(1)),
  country: countryCode,
  countryName: z.string().min(1),
  coordinates: lonLat,
  /**
   * Present when the place is an area, not a point: a whole district, province, region or country
   * (or a stretch of water) that a dataset places events in without saying where in it; its
   * coordinates are the point the dataset gives for it (its centre or capital), not a town.
   */
  kind: z.enum(placeKinds).optional(),
});
export type PlaceRecord = z.infer<typeof placeRecord>;
