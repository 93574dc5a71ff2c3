import { z } from 'zod';
import { deskJson, deskRoute } from '@/lib/desk/guard';
import { parseQuery } from '@/lib/api/parse-query';
import { otherMethods } from '@/lib/desk/methods';
import { findPlaces } from '@/lib/gazetteer/find-places';

const placesQuery = z.strictObject({ q: z.string().trim().min(1, 'type part of a name').max(100) });

/**
 * GET /api/desk/places?q=: the map's places that have a name (English, Arabic or other) matching
 * the words, then the gazetteer's (GeoNames, offline) not on the map, each as the new place it
 * would make; case, accents and Arabic spelling aside; at most 20 of each.
 */
export const GET = deskRoute('contributor', async (request, { store }) => {
  const { q } = parseQuery(placesQuery, new URL(request.url));
  return deskJson(findPlaces(await store.situation(), q));
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
