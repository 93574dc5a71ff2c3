import type { ExportFormat, ExportQuery } from '@/lib/contract/queries';
import type { EventFeature, ExportOmitted } from '@/lib/contract/wire';
import { eventFeature } from '@/lib/data/features';
import type { Store } from '@/lib/store';
import { BOM, csvRow } from './csv';

/** One column of the CSV: its header, its HXL hashtag (the row HDX and OCHA tools read) and its cell. */
type Column = [header: string, hxl: string, cell: (f: EventFeature) => string | number | undefined];

const lines = (values: (string | undefined)[]) => (values.some(Boolean) ? values.map((v) => v ?? '').join('\n') : undefined);
const each = (pick: (c: EventFeature['properties']['sources'][number]) => string | undefined) => (f: EventFeature) => lines(f.properties.sources.map(pick));

/** The CSV's columns: one row per event; a cell of several sources holds one line per source, in the same order in each. */
export const CSV_COLUMNS: Column[] = [
  ['id', '#event+id', (f) => f.id],
  ['date', '#date+start', (f) => f.properties.date],
  ['date_end', '#date+end', (f) => f.properties.dateEnd],
  ['date_precision', '#date+precision', (f) => f.properties.datePrecision],
  ['date_text', '#date+text', (f) => f.properties.dateText],
  ['place_id', '#loc+code', (f) => f.properties.placeId],
  ['place_name', '#loc+name', (f) => f.properties.placeName],
  ['longitude', '#geo+lon', (f) => f.geometry.coordinates[0]],
  ['latitude', '#geo+lat', (f) => f.geometry.coordinates[1]],
  ['location_precision', '#geo+precision', (f) => f.properties.locationPrecision],
  ['place_note', '#loc+description', (f) => f.properties.placeNote],
  ['category', '#event+type', (f) => f.properties.category],
  ['status', '#status', (f) => f.properties.status],
  ['title', '#event+title', (f) => f.properties.title],
  ['summary', '#description', (f) => f.properties.summary],
  ['actors', '#actor+name', (f) => f.properties.actors.map((a) => a.name).join('; ')],
  ['fatalities_low', '#affected+killed+min', (f) => f.properties.fatalities?.low],
  ['fatalities_best', '#affected+killed', (f) => f.properties.fatalities?.best],
  ['fatalities_high', '#affected+killed+max', (f) => f.properties.fatalities?.high],
  ['dataset', '#meta+dataset', (f) => f.properties.dataset?.name],
  ['dataset_row', '#meta+dataset+id', (f) => f.properties.dataset?.rowId],
  ['source_publishers', '#meta+source', each((c) => c.publisher)],
  ['source_credits', '#meta+source+credit', each((c) => c.attribution)],
  ['source_titles', '#meta+source+title', each((c) => c.title)],
  ['source_urls', '#meta+source+url', each((c) => c.url)],
  ['source_published', '#date+reported', each((c) => c.published)],
  ['source_quotes', '#meta+source+quote', each((c) => c.quote)],
  ['source_licences', '#meta+licence', each((c) => c.licence && [c.licence.name, c.licence.url].filter(Boolean).join(' '))],
  ['source_attributions', '#meta+attribution', each((c) => c.sourceAttribution)],
];

/** Why sources are left out of exports. */
export const OMITTED_REASON = "The source's terms forbid passing its rows on (redistribution); it is shown on the map with its credit, never handed out in bulk.";

/**
 * The events matching a filter with the citations an export may carry: those of sources whose
 * terms forbid redistribution are dropped, and events left with no source are dropped whole,
 * counted in `omitted` (complete once the generator is done). A page of events at a time.
 */
async function* exportableFeatures(store: Store, query: ExportQuery, omitted: ExportOmitted): AsyncGenerator<EventFeature[]> {
  const situation = await store.situation();
  const { format: _format, ...filter } = query;
  const left = new Set<string>();
  for await (const page of store.eventPages(filter)) {
    const sources = await store.sources(page.flatMap((e) => e.sources.map((c) => c.sourceId)));
    const features: EventFeature[] = [];
    for (const event of page) {
      const cited = event.sources.filter((c) => sources.get(c.sourceId)?.redistributable !== false);
      for (const c of event.sources) if (!cited.includes(c)) left.add(c.sourceId);
      if (cited.length === 0) {
        omitted.events++;
        continue;
      }
      omitted.citations += event.sources.length - cited.length;
      features.push(eventFeature(situation, { ...event, sources: cited }, sources) as EventFeature);
    }
    omitted.sources = [...left].sort();
    yield features;
  }
}

/** The export as text chunks, one page of events each: GeoJSON, CSV, or CSV with the HXL row. */
export async function* exportChunks(store: Store, query: ExportQuery): AsyncGenerator<string> {
  const omitted: ExportOmitted = { events: 0, citations: 0, sources: [], reason: OMITTED_REASON };
  const pages = exportableFeatures(store, query, omitted);
  if (query.format === 'geojson') {
    yield '{"type":"FeatureCollection","features":[';
    let first = true;
    for await (const features of pages) {
      if (features.length === 0) continue;
      yield (first ? '' : ',') + features.map((f) => JSON.stringify(f)).join(',');
      first = false;
    }
    yield `],"omitted":${JSON.stringify(omitted)}}\n`;
    return;
  }
  yield BOM + csvRow(CSV_COLUMNS.map(([header]) => header));
  if (query.format === 'hxl') yield csvRow(CSV_COLUMNS.map(([, tag]) => tag));
  for await (const features of pages) yield features.map((f) => csvRow(CSV_COLUMNS.map(([, , cell]) => cell(f)))).join('');
  // Said in the file itself, in a row of its own with no id, so that it travels with the data.
  if (omitted.events + omitted.citations > 0) {
    const note = `Left out: ${omitted.events} events and ${omitted.citations} further citations of ${omitted.sources.join(', ')}. ${OMITTED_REASON}`;
    yield csvRow(CSV_COLUMNS.map(([header]) => (header === 'summary' ? note : undefined)));
  }
}

const MEDIA_TYPES: Record<ExportFormat, string> = {
  geojson: 'application/geo+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  hxl: 'text/csv; charset=utf-8; header=present',
};

/** The file name an export is saved as: what it holds, by its filter. */
export function exportFileName(query: ExportQuery): string {
  const parts = ['events', query.place, query.category, query.from && `from-${query.from}`, query.to && `to-${query.to}`, query.bbox && 'in-box'].filter(Boolean);
  return `${parts.join('-')}${query.format === 'hxl' ? '-hxl' : ''}.${query.format === 'geojson' ? 'geojson' : 'csv'}`;
}

/** The streamed response of an export: one page of events read at a time, as the client reads. */
export function exportResponse(store: Store, query: ExportQuery): Response {
  const chunks = exportChunks(store, query);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      'Content-Type': MEDIA_TYPES[query.format],
      'Content-Disposition': `attachment; filename="${exportFileName(query)}"`,
      'Cache-Control': 'no-store',
    },
  });
}
