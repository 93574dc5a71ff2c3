import { badParam } from '@/lib/api/api-error';
import { geoJsonRoute } from '@/lib/api/respond';
import { parseQuery } from '@/lib/api/parse-query';
import { controlQuery } from '@/lib/contract/queries';
import { controlAreasAt } from '@/lib/data/control';

/** GET /api/control?date=YYYY-MM-DD: the control areas in force that day (default: the data's last day; 400 outside its span). */
export const GET = geoJsonRoute(async (url, _context, store) => {
  const span = await store.span();
  const date = parseQuery(controlQuery, url).date ?? span.end;
  // Outside the span the data says nothing: a hold "since an unknown date" is not a claim about 1990.
  if (date < span.start || date > span.end) throw badParam('date', `date: outside the data's span, ${span.start} to ${span.end}`);
  return { ...controlAreasAt(await store.situation(), date), date, span };
});

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
