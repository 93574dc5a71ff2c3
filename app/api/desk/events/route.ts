import { z } from 'zod';
import { parseQuery } from '@/lib/api/parse-query';
import { deskJson, deskRoute } from '@/lib/desk/guard';
import { otherMethods } from '@/lib/desk/methods';
import { findFeaturable } from '@/lib/maps/featured-search';

const eventsQuery = z.strictObject({ q: z.string().trim().min(1, 'type part of a title or a place name').max(100) });

/** GET /api/desk/events?q=: published events whose title or place's name holds the words (at most 20), for picking a map's featured event. */
export const GET = deskRoute('editor', async (request, { store }) => {
  const { q } = parseQuery(eventsQuery, new URL(request.url));
  return deskJson({ events: await findFeaturable(store, q) });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
