// The API described in OpenAPI 3.1, made from the contract's own zod schemas (zod 4's JSON Schema
// output): the routes, their parameters, answers and errors cannot drift from the code, because
// the routes parse and the tests check with the same schemas. A new route is one entry in ROUTES.
import { z } from 'zod';
import { API_PATHS } from './paths';
import * as q from './queries';
import * as wire from './wire';
import examples from './openapi-examples.json';

type Param = { description: string; example: string };

/** One GET route as the document describes it. */
export type RouteDoc = {
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: 'Map data' | 'Events' | 'Exports' | 'Embedding' | 'About the API';
  /** The query schema the route parses with, and a description and example of each of its parameters. */
  query?: { schema: z.ZodObject | z.ZodPipe | z.ZodType; params: Record<string, Param>; required?: string[] };
  /** Path parameters ({id}), each a schema and its description. */
  pathParams?: Record<string, Param & { schema: z.ZodType }>;
  /** The 200 answer: its schema's name in components, its media types and an example. */
  ok: { name: string; schema: z.ZodType; mediaTypes: string[]; example?: unknown; description: string; raw?: Record<string, { schema: object; example?: string }> };
  /** Error statuses beyond 503 (every route may answer that). */
  errors: (400 | 404 | 410 | 501)[];
  /** Whether the answer carries an ETag and a repeat with If-None-Match gets 304. */
  cached: boolean;
};

const P = (description: string, example: string): Param => ({ description, example });
const span = { from: P('The first day of the span (inclusive), YYYY-MM-DD.', '2024-11-30'), to: P('The last day of the span (inclusive), YYYY-MM-DD.', '2024-12-01') };
const eventFilter = {
  place: P('Only the events at this place (its id, from GET /api/places).', 'aleppo'),
  ...span,
  category: P('Only events of this category.', 'military'),
  bbox: P('Only events inside minLon,minLat,maxLon,maxLat (WGS84 degrees; minLon may exceed maxLon across the antimeridian).', '35.5,35.5,38.5,37.5'),
};
const noParams = { schema: q.noQuery, params: {} };
const ex = examples as Record<string, unknown>;

/** Every route of the API: the one table the document is made from. */
export const ROUTES: RouteDoc[] = [
  {
    path: API_PATHS.places,
    operationId: 'listPlaces',
    summary: 'Every place, with its names and how many events it has',
    tag: 'Map data',
    query: noParams,
    ok: { name: 'PlaceCollection', schema: wire.placeCollection, mediaTypes: ['application/geo+json'], example: ex.places, description: 'A GeoJSON FeatureCollection of points.' },
    errors: [400],
    cached: true,
  },
  {
    path: API_PATHS.placeCounts,
    operationId: 'countEventsByPlace',
    summary: 'Events per place overlapping a span',
    tag: 'Map data',
    query: { schema: q.placeCountsQuery, params: span },
    ok: { name: 'PlaceCounts', schema: wire.placeCounts, mediaTypes: ['application/json'], example: ex.placeCounts, description: 'Counts by place id.' },
    errors: [400],
    cached: true,
  },
  {
    path: API_PATHS.events,
    operationId: 'listEvents',
    summary: 'One page of the events matching a filter, sorted by date',
    description: 'An event matches `from`/`to` when the period its date stands for overlaps the span: a week-precision event counts for every day of its week.',
    tag: 'Events',
    query: {
      schema: q.eventsQuery,
      params: {
        ...eventFilter,
        limit: P(`Page size, 1 to ${q.MAX_EVENTS_LIMIT} (default ${q.DEFAULT_EVENTS_LIMIT}).`, '50'),
        offset: P('How many matching events to skip.', '0'),
        order: P('`asc` (oldest first, the default) or `desc` (newest first).', 'desc'),
      },
    },
    ok: { name: 'EventPage', schema: wire.eventPage, mediaTypes: ['application/geo+json'], example: ex.events, description: 'A GeoJSON FeatureCollection of events, with `total` and the address of the `next` page.' },
    errors: [400],
    cached: true,
  },
  {
    path: `${API_PATHS.events}/{id}`,
    operationId: 'getEvent',
    summary: 'One event',
    tag: 'Events',
    query: noParams,
    pathParams: { id: { ...P("The event's id.", 'aleppo-captured'), schema: q.eventId } },
    ok: { name: 'EventFeature', schema: wire.eventFeature, mediaTypes: ['application/geo+json'], example: ex.event, description: 'A GeoJSON Feature.' },
    errors: [400, 404],
    cached: true,
  },
  {
    path: API_PATHS.histogram,
    operationId: 'countEventsOverTime',
    summary: 'Events per day, week, month or year over a span: the timeline\'s histogram',
    description: 'Each event counts once, in the bucket of its first day. Without `unit`, the one giving about 20 to 120 buckets.',
    tag: 'Events',
    query: {
      schema: q.histogramQuery,
      params: {
        from: P("The first day counted (default: the data's first day), YYYY-MM-DD.", '2024-11-25'),
        to: P("The last day counted (default: the data's last day), YYYY-MM-DD.", '2024-12-02'),
        unit: P('How long each bucket is: day, week, month or year.', 'day'),
        place: eventFilter.place,
        category: eventFilter.category,
        bbox: eventFilter.bbox,
      },
    },
    ok: { name: 'Histogram', schema: wire.histogram, mediaTypes: ['application/json'], example: ex.histogram, description: 'Every bucket of the span, in order, with its count.' },
    errors: [400],
    cached: true,
  },
  {
    path: API_PATHS.control,
    operationId: 'getControl',
    summary: 'The control areas in force on a day',
    tag: 'Map data',
    query: { schema: q.controlQuery, params: { date: P("The day (default: the data's last day); 400 outside the data's span.", '2024-12-01') } },
    ok: { name: 'ControlCollection', schema: wire.controlCollection, mediaTypes: ['application/geo+json'], example: ex.control, description: 'A GeoJSON FeatureCollection of polygons, with their sourced history.' },
    errors: [400],
    cached: true,
  },
  {
    path: API_PATHS.controlChanges,
    operationId: 'listControlChanges',
    summary: 'The areas that changed hands in a span',
    tag: 'Map data',
    query: { schema: q.controlChangesQuery, params: span },
    ok: { name: 'ControlChangeCollection', schema: wire.controlChangeCollection, mediaTypes: ['application/geo+json'], example: ex.controlChanges, description: 'A GeoJSON FeatureCollection, one feature per change of hands.' },
    errors: [400],
    cached: true,
  },
  {
    path: API_PATHS.flows,
    operationId: 'listFlows',
    summary: 'Movements of people (refugees, displaced) as sourced arcs',
    tag: 'Map data',
    query: noParams,
    ok: { name: 'FlowCollection', schema: wire.flowCollection, mediaTypes: ['application/geo+json'], example: ex.flows, description: 'A GeoJSON FeatureCollection of arcs.' },
    errors: [400],
    cached: true,
  },
  {
    path: `${API_PATHS.flows}/{id}`,
    operationId: 'getFlow',
    summary: "One flow, each year of its series with its quote and source",
    tag: 'Map data',
    query: noParams,
    pathParams: { id: { ...P("The flow's id.", 'unhcr-refugees-sy-tr'), schema: q.flowId } },
    ok: { name: 'FlowDetail', schema: wire.flowDetail, mediaTypes: ['application/geo+json'], example: ex.flow, description: 'A GeoJSON Feature.' },
    errors: [400, 404, 410],
    cached: true,
  },
  {
    path: API_PATHS.itineraries,
    operationId: 'listItineraries',
    summary: "People's trips: stops and the legs between them",
    tag: 'Map data',
    query: noParams,
    ok: { name: 'ItineraryCollection', schema: wire.itineraryCollection, mediaTypes: ['application/geo+json'], example: ex.itineraries, description: 'A GeoJSON FeatureCollection of stops (points) and legs (lines).' },
    errors: [400],
    cached: true,
  },
  {
    path: API_PATHS.situation,
    operationId: 'getSituation',
    summary: "The data's version, span and credits",
    tag: 'Map data',
    query: noParams,
    ok: { name: 'SituationSummary', schema: wire.situationSummary, mediaTypes: ['application/json'], example: ex.situation, description: 'What a page needs to follow the data as it changes.' },
    errors: [400],
    cached: true,
  },
  {
    path: API_PATHS.changes,
    operationId: 'streamChanges',
    summary: 'Server-Sent Events: a notice whenever the data changes',
    description: 'A `text/event-stream`. Each message has an `id` (the version) and `data`, a JSON ChangeNotice. Resume with `since` or the Last-Event-ID header.',
    tag: 'Map data',
    query: { schema: q.changesQuery, params: { since: P('The version to resume after.', '12') } },
    ok: {
      name: 'ChangeNotice',
      schema: wire.changeNotice,
      mediaTypes: [],
      raw: { 'text/event-stream': { schema: { type: 'string', description: 'Server-Sent Events whose `data` is a ChangeNotice (see components).' }, example: `id: 13\ndata: ${JSON.stringify(ex.changeNotice)}\n\n` } },
      description: 'A stream of change notices.',
    },
    errors: [400],
    cached: false,
  },
  {
    path: API_PATHS.oembed,
    operationId: 'getOembed',
    summary: 'oEmbed 1.0 for a map page or embed URL of this site',
    tag: 'Embedding',
    query: {
      schema: q.oembedQuery,
      params: {
        url: P('A page or embed URL of this site.', 'https://map.example.org/?place=aleppo'),
        maxwidth: P('The widest the embed may be, in pixels (at least 100).', '800'),
        maxheight: P('The tallest the embed may be, in pixels (at least 100).', '600'),
        format: P('Only `json` is served (501 for any other).', 'json'),
      },
      required: ['url'],
    },
    ok: { name: 'OembedResponse', schema: wire.oembedResponse, mediaTypes: ['application/json+oembed'], example: ex.oembed, description: 'The oEmbed answer.' },
    errors: [400, 404, 501],
    cached: true,
  },
  // Issue 15: exports and the description itself.
  {
    path: API_PATHS.export,
    operationId: 'exportEvents',
    summary: 'Every event matching a filter, in one file: GeoJSON, CSV, or CSV with HXL hashtags',
    description:
      'Streamed, so any number of events downloads in flat memory. CSV is UTF-8 with a byte-order mark and RFC 4180 quoting; a cell that starts with `=`, `+`, `-` or `@` gets a leading apostrophe so no spreadsheet runs it. ' +
      'Citations of sources whose terms forbid redistribution (ACLED) are left out, and events left with no source are left out: the GeoJSON says how many in `omitted`, the CSV in a last row whose `id` is empty.',
    tag: 'Exports',
    query: { schema: q.exportQuery, params: { format: P('`geojson`, `csv`, or `hxl` (CSV with the HXL hashtag row under its header).', 'csv'), ...eventFilter }, required: ['format'] },
    ok: {
      name: 'EventExport',
      schema: wire.eventExport,
      mediaTypes: ['application/geo+json'],
      example: ex.export,
      raw: { 'text/csv': { schema: { type: 'string', description: 'CSV, one row per event; with format=hxl a second row of HXL hashtags.' }, example: ex.exportCsv as string } },
      description: 'The file, with a Content-Disposition that names it.',
    },
    errors: [400],
    cached: false,
  },
  {
    path: API_PATHS.openapi,
    operationId: 'getOpenApi',
    summary: 'This document',
    tag: 'About the API',
    query: noParams,
    ok: { name: 'OpenApiDocument', schema: z.record(z.string(), z.unknown()), mediaTypes: [], raw: { 'application/json': { schema: { type: 'object', description: 'An OpenAPI 3.1 document.' } } }, description: 'OpenAPI 3.1, as JSON.' },
    errors: [400],
    cached: true,
  },
];

/** The schemas every answer's components hold beside the routes' own. */
const SHARED = { Citation: wire.citation, ApiError: wire.apiErrorBody, ChangeNotice: wire.changeNotice };

const ERROR_TEXT: Record<400 | 404 | 410 | 501 | 503, string> = {
  400: 'A parameter is unknown, repeated or not acceptable: `error.param` names it.',
  404: 'Nothing has that id: `error.param` names the part at fault.',
  410: 'It was retracted: `error.message` gives the day and the public reason.',
  501: 'A format this server does not write.',
  503: 'The data store cannot be reached just now: retry after the seconds Retry-After gives.',
};
const ERROR_EXAMPLE: Record<400 | 404 | 410 | 501 | 503, unknown> = {
  400: { error: { code: 'invalid_parameter', message: 'from: must not be after to', param: 'from' } },
  404: { error: { code: 'not_found', message: 'no event has the id "no-such-event"', param: 'id' } },
  410: { error: { code: 'retracted', message: 'Retracted on 2024-12-03: the officials withdrew the figure.', param: 'id' } },
  501: { error: { code: 'format_not_implemented', message: 'format: only json is served, not xml', param: 'format' } },
  503: { error: { code: 'store_unavailable', message: 'The data cannot be read just now; try again shortly.' } },
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The JSON Schema of each query parameter, as the query string carries it (text, before parsing). */
function parameters(route: RouteDoc) {
  const out: object[] = [];
  for (const [name, p] of Object.entries(route.pathParams ?? {})) {
    const { $schema: _, ...schema } = z.toJSONSchema(p.schema, { io: 'input', unrepresentable: 'any' });
    out.push({ name, in: 'path', required: true, description: p.description, schema, example: p.example });
  }
  if (route.query) {
    const json = z.toJSONSchema(route.query.schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, object>; required?: string[] };
    for (const [name, schema] of Object.entries(json.properties ?? {})) {
      const p = route.query.params[name];
      out.push({ name, in: 'query', required: (json.required ?? []).includes(name), description: p?.description, schema, example: p?.example });
    }
  }
  return out;
}

function operation(route: RouteDoc) {
  const content: Record<string, object> = {};
  for (const type of route.ok.mediaTypes) content[type] = { schema: ref(route.ok.name), ...(route.ok.example !== undefined ? { example: route.ok.example } : {}) };
  Object.assign(content, route.ok.raw ?? {});
  const headers = route.cached ? { ETag: { description: 'A weak validator of the answer: send it back in If-None-Match.', schema: { type: 'string' } } } : undefined;
  const responses: Record<string, object> = { '200': { description: route.ok.description, ...(headers ? { headers } : {}), content } };
  if (route.cached) responses['304'] = { description: 'Not modified: the If-None-Match named the current ETag.' };
  for (const status of [...route.errors, 503 as const]) {
    responses[String(status)] = { description: ERROR_TEXT[status], content: { 'application/json': { schema: ref('ApiError'), example: ERROR_EXAMPLE[status] } } };
  }
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    parameters: parameters(route),
    responses,
  };
}

/** The OpenAPI 3.1 document of every route in ROUTES, its schemas in components. */
export function openApiDocument(serverUrl = '/') {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(SHARED)) registry.add(schema, { id });
  for (const route of ROUTES) if (!registry.has(route.ok.schema)) registry.add(route.ok.schema, { id: route.ok.name });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    // zod names its startsWith check as a format no tool knows; the pattern beside it says the same.
    override: ({ jsonSchema }) => {
      if (jsonSchema.format === 'starts_with') delete jsonSchema.format;
    },
  });
  for (const schema of Object.values(schemas)) delete (schema as { $schema?: string }).$schema;
  const paths: Record<string, object> = {};
  for (const route of ROUTES) paths[route.path] = { get: operation(route) };
  return {
    openapi: '3.1.1',
    info: {
      title: 'Situation map API',
      version: '1',
      description: 'Read-only. Every claim carries its source and a verbatim quote. Every answer is JSON; errors share one shape and name the parameter at fault. Any method but GET answers 405.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: serverUrl }],
    tags: [...new Set(ROUTES.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: { schemas },
  };
}
export type OpenApiDocument = ReturnType<typeof openApiDocument>;
