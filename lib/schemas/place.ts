import { z } from 'zod';
import { countryCode, lonLat, slugId } from './common';

/** A named place with WGS84 coordinates and its names by language (BCP 47 tag). */
export const placeRecord = z.strictObject({
  id: slugId,
  name: z.string().min(1),
  names: z.record(z.string().regex(/^[a-z]{2,3}$/, 'must be a language tag like "ar"'), z.string().min(1)),
  country: countryCode,
  countryName: z.string().min(1),
  coordinates: lonLat,
});
export type PlaceRecord = z.infer<typeof placeRecord>;
