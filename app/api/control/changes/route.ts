import { badParam } from '@/lib/api/api-error';
import { geoJsonRoute } from '@/lib/api/respond';
import { parseQuery } from '@/lib/api/parse-query';
import { controlChanges } from '@/lib/data/control';
import { getDataset } from '@/lib/data/store';
import { controlChangesQuery } from '@/lib/schemas/api';

/** GET /api/control/changes?from=&to=: areas that changed hands in the span, with km² (default: the whole timeline). */
export const GET = geoJsonRoute((url) => {
  const data = getDataset();
  const query = parseQuery(controlChangesQuery, url);
  const from = query.from ?? data.span.start;
  const to = query.to ?? data.span.end;
  if (from > to) throw badParam('from', `from: must not be after to (${to})`);
  return { ...controlChanges(data, from, to), from, to };
});

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
