import { z } from 'zod';
import { countryCode, lonLat, slugId } from './common';

export const placeKinds = ['district', 'province', 'region', 'country', 'water'] as const;
export type PlaceKind = (typeof placeKinds)[number];

/**
 * Where a place's coordinates came from when a gazetteer gave them: the GeoNames entry, and how
 * precise its point is: `settlement`, the one point GeoNames gives for a whole town or village (its
 * centre), not a spot in it; `neighbourhood`, the point of a section of a city.
 */
export const coordinatesFrom = z.strictObject({
  gazetteer: z.literal('geonames'),
  id: z.number().int().positive(),
  precision: z.enum(['settlement', 'neighbourhood']),
});
export type CoordinatesFrom = z.infer<typeof coordinatesFrom>;

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
  /** Present when the coordinates are a gazetteer's (picked at the desk), absent when typed or clicked on a map. */
  coordinatesFrom: coordinatesFrom.optional(),
});
export type PlaceRecord = z.infer<typeof placeRecord>;
