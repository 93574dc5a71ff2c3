// A client typed by openapi-typescript from the document, as a developer would make one: the
// README's examples are written against it (tsc checks them: `npm run typecheck`), then sent to
// the real route handlers, whose answers must be what the generated types say.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiTypes } from '@/scripts/openapi-types';
import { openApiDocument } from './openapi';
import type { paths } from './openapi-types';

type GetPath = { [P in keyof paths]: paths[P]['get'] extends { parameters: unknown } ? P : never }[keyof paths];
type Query<P extends GetPath> = [NonNullable<paths[P]['get']['parameters']['query']>] extends [never] ? Record<string, never> : NonNullable<paths[P]['get']['parameters']['query']>;
type PathParams<P extends GetPath> = paths[P]['get']['parameters']['path'];
type Ok<P extends GetPath> = paths[P]['get']['responses'][200]['content'] extends infer C ? C[keyof C] : never;

/** GET through the route handlers, typed by the generated paths: what openapi-fetch would do over HTTP. */
async function get<P extends GetPath>(p: P, query: Query<P>, params?: PathParams<P>): Promise<{ status: number; body: Ok<P> }> {
  let url = p as string;
  for (const [k, v] of Object.entries((params ?? {}) as Record<string, string>)) url = url.replace(`{${k}}`, encodeURIComponent(v));
  const search = new URLSearchParams(query as Record<string, string>).toString();
  const dir = p.replace(/^\/api/, '').replace(/\{(\w+)\}/g, '[$1]');
  const { GET } = (await import(/* @vite-ignore */ `../../app/api${dir}/route.ts`)) as { GET: (r: Request, c: unknown) => Promise<Response> };
  const res = await GET(new Request(`http://localhost${url}${search ? `?${search}` : ''}`), { params: Promise.resolve(params ?? {}) });
  return { status: res.status, body: (await res.json()) as Ok<P> };
}

// Importing the route modules for the first time is slow on a busy machine.
describe('the typed client generated from /api/openapi.json', { timeout: 30_000 }, () => {
  it('is the one lib/contract/openapi-types.ts holds (npm run openapi:types)', async () => {
    expect(readFileSync(path.join(import.meta.dirname, 'openapi-types.ts'), 'utf8')).toBe(await openApiTypes());
  });

  it("runs the README's examples of /api/events and types their answers", async () => {
    const damascus = await get('/api/events', { place: 'damascus' });
    expect(damascus.body.features.map((f) => f.properties.placeId)).toEqual(['damascus']);
    const diplomatic = await get('/api/events', { from: '2024-12-01', to: '2024-12-02', category: 'diplomatic' });
    expect(diplomatic.body.features.every((f) => f.properties.category === 'diplomatic')).toBe(true);
    const newest = await get('/api/events', { order: 'desc', limit: '2' });
    expect(newest.body.next).toBe('/api/events?order=desc&limit=2&offset=2');
    const box = await get('/api/events', { bbox: '30,38,35,41' });
    expect(box.body.total).toBe(box.body.features.length);
  });

  it("runs the README's other examples", async () => {
    const one = await get('/api/events/{id}', {}, { id: 'aleppo-captured' });
    expect(one.body.properties.sources[0].quote.length).toBeGreaterThan(0);
    expect((await get('/api/places/counts', { to: '2024-12-01' })).body.total).toBeGreaterThan(0);
    expect((await get('/api/control', { date: '2024-11-29' })).body.date).toBe('2024-11-29');
    const changes = await get('/api/control/changes', { from: '2024-11-29', to: '2024-12-01' });
    expect(changes.body.features[0].properties.after.name).toBeTruthy();
    expect((await get('/api/flows', {})).body.features[0].properties.magnitude.text).toBeTruthy();
    expect((await get('/api/itineraries', {})).body.features.length).toBeGreaterThan(0);
    expect((await get('/api/situation', {})).body.span.start).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  it("types the README's error examples as errors", async () => {
    // @ts-expect-error: not a category the document allows
    expect((await get('/api/events', { category: 'sports' })).status).toBe(400);
    // @ts-expect-error: not a parameter of the endpoint
    expect((await get('/api/events', { page: '2' })).status).toBe(400);
  });

  it('names in the README only paths and parameters the document has', () => {
    const readme = readFileSync(path.join(import.meta.dirname, '../../README.md'), 'utf8');
    const doc = openApiDocument();
    const templates = Object.keys(doc.paths).map((p) => [p, new RegExp(`^${p.replace(/\{\w+\}/g, '[^/]+').replace(/\./g, '\\.')}$`)] as const);
    const urls = [...readme.matchAll(/localhost:3000(\/api\/[^\s'`"]*)['`\s]([^\n]*)/g)];
    expect(urls.length).toBeGreaterThan(10);
    for (const [, url, comment] of urls) {
      const u = new URL(`http://localhost${url}`);
      const match = templates.find(([, re]) => re.test(u.pathname));
      expect(match, url).toBeDefined();
      if (/\b40\d\b/.test(comment)) continue;
      const op = (doc.paths[match![0] as keyof typeof doc.paths] as { get: { parameters: { name: string; in: string }[] } }).get;
      for (const key of u.searchParams.keys()) expect(op.parameters.map((p) => p.name), url).toContain(key);
    }
  });
});
