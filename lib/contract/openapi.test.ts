import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseQuery } from '@/lib/api/parse-query';
import { openApiDocument, ROUTES, type RouteDoc } from './openapi';
import { API_PATHS } from './paths';
import examples from './openapi-examples.json';

const doc = openApiDocument();
const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
ajv.addSchema({ $id: 'https://openapi.test/doc', components: doc.components });
const schemaOf = (name: string) => ajv.getSchema(`https://openapi.test/doc#/components/schemas/${name}`)!;
/** Checks a value against a component schema of the document; the errors when it fails. */
const conforms = (name: string, value: unknown) => {
  const validate = schemaOf(name);
  return validate(value) ? [] : validate.errors;
};

/** The path of every route.ts under app/api, as the API serves it ({id} for [id]). */
function routeFiles(dir = path.resolve(import.meta.dirname, '../../app/api'), prefix = '/api'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.isFile()) return d.name === 'route.ts' ? [prefix] : [];
    if (d.name.startsWith('[...')) return [];
    // The desk's API (app/api/desk) is for signed-in editors, not the public read API this document describes.
    if (prefix === '/api' && d.name === 'desk') return [];
    return routeFiles(path.join(dir, d.name), `${prefix}/${d.name.replace(/^\[(\w+)\]$/, '{$1}')}`);
  });
}

/** A request to a route with every parameter at its example value. */
function exampleUrl(route: RouteDoc): string {
  let p = route.path;
  for (const [name, param] of Object.entries(route.pathParams ?? {})) p = p.replace(`{${name}}`, param.example);
  const params = new URLSearchParams(Object.entries(route.query?.params ?? {}).map(([k, v]) => [k, v.example]));
  // A place and a box that do not hold the example's events would export nothing worth checking.
  if (route.path === API_PATHS.export) params.delete('bbox');
  if (route.path === API_PATHS.oembed) params.set('url', 'http://localhost/?place=aleppo');
  const query = params.toString();
  return `http://localhost${p}${query ? `?${query}` : ''}`;
}

describe('openApiDocument', { timeout: 30_000 }, () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toMatch(/^3\.1\./);
  });

  it('describes every route that app/api declares, and only those', () => {
    expect(new Set(Object.keys(doc.paths))).toEqual(new Set(routeFiles()));
    for (const p of Object.values(API_PATHS)) if (p !== API_PATHS.docs) expect(Object.keys(doc.paths)).toContain(p);
  });

  it('describes every query parameter, with an example the route accepts', () => {
    for (const route of ROUTES) {
      const json = z.toJSONSchema(route.query!.schema, { io: 'input', unrepresentable: 'any' }) as { properties?: object };
      for (const name of Object.keys(json.properties ?? {})) {
        const param = route.query!.params[name];
        expect(param?.description, `${route.path} ${name}`).toBeTruthy();
        const url = new URL(`http://localhost${route.path}`);
        for (const req of route.query!.required ?? []) url.searchParams.set(req, route.query!.params[req].example);
        url.searchParams.set(name, param.example);
        expect(() => parseQuery(route.query!.schema, url), `${route.path} ${name}=${param.example}`).not.toThrow();
      }
    }
  });

  it('gives examples that its own schemas accept', () => {
    for (const route of ROUTES) {
      if (route.ok.example === undefined) continue;
      expect(route.ok.schema.safeParse(route.ok.example).error, route.path).toBeUndefined();
      expect(conforms(route.ok.name, route.ok.example), route.path).toEqual([]);
    }
    expect(conforms('ChangeNotice', examples.changeNotice)).toEqual([]);
  });

  it('rejects what the wire schemas reject (a missing field, an extra one)', () => {
    const { title: _, ...untitled } = examples.event.properties;
    expect(conforms('EventFeature', { ...examples.event, properties: untitled })).not.toEqual([]);
    expect(conforms('EventFeature', { ...examples.event, extra: 1 })).not.toEqual([]);
  });
});

describe('real answers', { timeout: 30_000 }, () => {
  const handlers = async (route: RouteDoc) => {
    const dir = route.path.replace(/^\/api/, '').replace(/\{(\w+)\}/g, '[$1]');
    return (await import(/* @vite-ignore */ `../../app/api${dir}/route.ts`)) as { GET: (r: Request, c: unknown) => Promise<Response> | Response };
  };

  it.each(ROUTES.filter((r) => r.path !== API_PATHS.changes).map((r) => [r.path, r] as const))('%s answers as the document says', async (_, route) => {
    const { GET } = await handlers(route);
    const context = { params: Promise.resolve(Object.fromEntries(Object.entries(route.pathParams ?? {}).map(([k, v]) => [k, v.example]))) };
    const res = await GET(new Request(exampleUrl(route)), context);
    expect(res.status).toBe(200);
    const type = res.headers.get('content-type')!.split(';')[0];
    const content = (doc.paths[route.path as keyof typeof doc.paths] as { get: { responses: Record<string, { content: Record<string, unknown> }> } }).get.responses['200'].content;
    expect(Object.keys(content)).toContain(type);
    if (route.ok.mediaTypes.includes(type)) expect(conforms(route.ok.name, await res.json())).toEqual([]);

    const bad = await GET(new Request(`http://localhost${route.path.replace(/\{\w+\}/, route.pathParams ? Object.values(route.pathParams)[0].example : '')}?no_such_parameter=1`), context);
    expect(bad.status).toBe(400);
    expect(conforms('ApiError', await bad.json())).toEqual([]);
  });

  it('a missing event answers 404 as the document says', async () => {
    const route = ROUTES.find((r) => r.operationId === 'getEvent')!;
    const res = await (await handlers(route)).GET(new Request('http://localhost/api/events/no-such-event'), { params: Promise.resolve({ id: 'no-such-event' }) });
    expect(res.status).toBe(404);
    expect(Object.keys((doc.paths[route.path as keyof typeof doc.paths] as { get: { responses: object } }).get.responses)).toContain('404');
    expect(conforms('ApiError', await res.json())).toEqual([]);
  });
});
