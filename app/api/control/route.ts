import { badParam } from '@/lib/api/api-error';
import { geoJsonRoute } from '@/lib/api/respond';
import { parseQuery } from '@/lib/api/parse-query';
import { controlAreasAt } from '@/lib/data/control';
import { getDataset } from '@/lib/data/store';
import { controlQuery } from '@/lib/schemas/api';

/** GET /api/control?date=YYYY-MM-DD: the control areas in force that day (default: the data's last day; 400 outside its span). */
export const GET = geoJsonRoute((url) => {
  const data = getDataset();
  const date = parseQuery(controlQuery, url).date ?? data.span.end;
  // Outside the span the data says nothing: a hold "since an unknown date" is not a claim about 1990.
  if (date < data.span.start || date > data.span.end) throw badParam('date', `date: outside the data's span, ${data.span.start} to ${data.span.end}`);
  return { ...controlAreasAt(data, date), date, span: data.span };
});

export { POST, PUT, PATCH, DELETE } from '@/lib/api/read-only';
