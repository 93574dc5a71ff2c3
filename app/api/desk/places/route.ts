import { z } from 'zod';
import { deskJson, deskRoute } from '@/lib/desk/guard';
import { parseQuery } from '@/lib/api/parse-query';
import { otherMethods } from '@/lib/desk/methods';

const placesQuery = z.strictObject({ q: z.string().trim().min(1, 'type part of a name').max(100) });

/** GET /api/desk/places?q=: places whose English, Arabic or other names contain the words (at most 20). */
export const GET = deskRoute('contributor', async (request, { store }) => {
  const { q } = parseQuery(placesQuery, new URL(request.url));
  const needle = q.toLocaleLowerCase();
  const places = (await store.situation()).places.filter((p) => [p.name, ...Object.values(p.names)].some((n) => n.toLocaleLowerCase().includes(needle)));
  return deskJson({ places: places.slice(0, 20) });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
