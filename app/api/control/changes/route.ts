import { badParam } from '@/lib/api/api-error';
import { geoJsonRoute } from '@/lib/api/respond';
import { parseQuery } from '@/lib/api/parse-query';
import { controlChangesQuery } from '@/lib/contract/queries';
import { controlChanges } from '@/lib/data/control';

/** GET /api/control/changes?from=&to=: areas that changed hands in the span, with km² (default: the whole timeline). */
export const GET = geoJsonRoute(async (url, _context, store) => {
  const span = await store.span();
  const query = parseQuery(controlChangesQuery, url);
  const from = query.from ?? span.start;
  const to = query.to ?? span.end;
  if (from > to) throw badParam('from', `from: must not be after to (${to})`);
  return { ...controlChanges(await store.situation(), from, to), from, to };
});

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
