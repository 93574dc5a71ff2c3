// Writes lib/contract/openapi-examples.json: each route's answer for a sample query, read from the
// data in data/ (never written by hand), collections cut to their first features. Run it after a
// change to the wire format or the data: `npm run openapi:examples`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

process.env.STORE_DIR = mkdtempSync(path.join(tmpdir(), 'openapi-examples-'));
delete process.env.DATABASE_URL;

type Handler = (request: Request, context: never) => Promise<Response> | Response;
const ORIGIN = 'https://map.example.org';

async function main() {
  const call = async (handler: Handler, url: string, context?: unknown) => {
    const res = await handler(new Request(`${ORIGIN}${url}`), context as never);
    if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
    return res;
  };
  const json = async (handler: Handler, url: string, context?: unknown) => (await call(handler, url, context)).json();
  const firstFeatures = <T extends { features: unknown[] }>(body: T, n = 1): T => ({ ...body, features: body.features.slice(0, n) });
  const route = (p: string) => import(`../app/api/${p}/route`) as Promise<{ GET: Handler }>;

  const events = await json((await route('events')).GET, '/api/events?place=aleppo&limit=1');
  const csv = await (await call((await route('export')).GET, '/api/export?format=hxl&place=aleppo&to=2024-11-30')).text();
  const exported = await json((await route('export')).GET, '/api/export?format=geojson&place=aleppo&to=2024-11-30');
  const examples = {
    places: firstFeatures(await json((await route('places')).GET, '/api/places'), 2),
    placeCounts: await json((await route('places/counts')).GET, '/api/places/counts?from=2024-11-30&to=2024-12-01'),
    histogram: await json((await route('histogram')).GET, '/api/histogram?from=2024-11-25&to=2024-12-02&unit=day'),
    events: events,
    event: events.features[0],
    control: firstFeatures(await json((await route('control')).GET, '/api/control?date=2024-12-01')),
    controlChanges: firstFeatures(await json((await route('control/changes')).GET, '/api/control/changes?from=2024-11-30&to=2024-12-01')),
    flows: firstFeatures(await json((await route('flows')).GET, '/api/flows')),
    flow: await json((await route('flows/[id]')).GET, '/api/flows/unhcr-refugees-sy-tr', { params: Promise.resolve({ id: 'unhcr-refugees-sy-tr' }) }),
    itineraries: firstFeatures(await json((await route('itineraries')).GET, '/api/itineraries'), 2),
    situation: await json((await route('situation')).GET, '/api/situation'),
    changeNotice: { version: 13, kinds: ['events'], at: '2024-12-01T12:00:00.000Z' },
    oembed: await json((await route('oembed')).GET, `/api/oembed?url=${encodeURIComponent(`${ORIGIN}/?place=aleppo`)}`),
    export: firstFeatures(exported),
    exportCsv: csv.replace(/^\uFEFF/, '').split('\r\n').slice(0, 3).join('\r\n') + '\r\n',
  };
  const file = path.join(import.meta.dirname, '../lib/contract/openapi-examples.json');
  writeFileSync(file, `${JSON.stringify(examples, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
  process.exit(0);
}

void main();
