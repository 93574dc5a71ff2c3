// The API's wire format: a zod schema of every response body, and its TypeScript type. Written on
// their own, not derived from the server's types in lib/data/, so that a change there that would
// change what clients receive fails lib/contract/wire.test.ts instead of reaching them.
//
// Every object is strict (an extra or a missing field fails), and every schema can be written as
// JSON Schema (z.toJSONSchema): no transforms, no refinements, descriptions with .describe().
import { z } from 'zod';

// ---------------------------------------------------------------------------------------------
// Atoms

const isoDate = z.iso.date().describe('A calendar date, YYYY-MM-DD.');
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).describe('A stable identifier: lower-case words joined by hyphens.');
const countryCode = z.string().regex(/^[A-Z]{2}$/).describe('An ISO 3166-1 alpha-2 country code.');
const text = z.string().min(1);
const count = z.number().int().min(0);

const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);
/** A WGS84 position, [longitude, latitude] in degrees. */
const position = z.tuple([longitude, latitude]).describe('A WGS84 position: [longitude, latitude] in degrees.');

export const unitPrecision = z.enum(['day', 'week', 'month', 'year']).describe('How exactly a date is known: the date is the first day of a period this long.');
export const datePrecision = z
  .enum(['day', 'week', 'month', 'year', 'span'])
  .describe('How exactly an event\'s date is known: the date is the first day of a period this long; `span`: a run of days that ends on `dateEnd`.');
export const locationPrecision = z
  .enum(['exact', 'near', 'district', 'province', 'region', 'country', 'water'])
  .describe('How exactly the source places the event: at the place, near it, or only within a district, province, larger region, the country, or at sea or in the air.');
export const eventCategory = z.enum(['military', 'diplomatic', 'humanitarian', 'political']);
export const eventStatus = z.enum(['reported', 'expected']).describe('`reported`: the source says it happened; `expected`: announced, not yet happened.');
export const controlStatus = z.enum(['controlled', 'contested', 'captured']);

/** Someone who acts: an id and a display name. */
export const actorRef = z.strictObject({ id: slug, name: text });

/** A date with how exactly it is known and the source's own words for it. */
export const datedAs = z.strictObject({
  date: isoDate,
  precision: unitPrecision,
  text: text.describe("The source's own words for the date, verbatim."),
});

/** A claim's citation, resolved against its source document. */
export const citation = z.strictObject({
  sourceId: slug,
  attribution: text.optional().describe('The outlet the article credits (for example "AFP"), when it credits one.'),
  quote: text.describe('The verbatim passage of the source that supports the claim.'),
  url: z.url({ protocol: /^https?$/ }),
  publisher: text,
  title: text,
  published: isoDate,
  language: z.string().regex(/^[a-z]{2}$/).describe("The source's language (ISO 639-1)."),
  licence: z.strictObject({ name: text, url: z.url({ protocol: /^https?$/ }).optional() }).optional().describe('The licence the source is published under, when it states one.'),
  sourceAttribution: text.optional().describe('The credit the source\'s licence or terms ask for, word for word.'),
  version: text.optional().describe('The release of a dataset ("23.1").'),
  retrieved: isoDate.optional().describe('When the copy of a dataset was retrieved.'),
  redistributable: z.boolean().optional().describe('false when the terms forbid passing the raw rows on (ACLED).'),
});

// GeoJSON (RFC 7946), as this API writes it: every feature has a string id.

export const pointGeometry = z.strictObject({ type: z.literal('Point'), coordinates: position });
export const lineStringGeometry = z.strictObject({ type: z.literal('LineString'), coordinates: z.array(position).min(2) });
export const polygonGeometry = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z.array(z.array(position).min(4)).min(1).describe('Linear rings, each closed (its last position is its first): the outer one, then any holes.'),
});

const feature = <G extends z.ZodType, P extends z.ZodType>(geometry: G, properties: P) =>
  z.strictObject({ type: z.literal('Feature'), id: slug, geometry, properties });

const featureCollection = <F extends z.ZodType>(feature: F) => ({ type: z.literal('FeatureCollection'), features: z.array(feature) });

// ---------------------------------------------------------------------------------------------
// GET /api/places

export const placeProperties = z.strictObject({
  name: text,
  names: z.record(z.string().regex(/^[a-z]{2,3}$/), text).describe("The place's names by language tag (\"en\", \"ar\")."),
  country: countryCode,
  countryName: text,
  kind: z
    .enum(['district', 'province', 'region', 'country', 'water'])
    .optional()
    .describe('Present when the place is an area, not a point: its coordinates are the point a dataset gives for it, not a town.'),
  coordinatesFrom: z
    .strictObject({
      gazetteer: z.literal('geonames'),
      id: z.number().int().positive().describe('The GeoNames id (https://www.geonames.org/{id}).'),
      precision: z.enum(['settlement', 'neighbourhood']).describe("settlement: GeoNames' one point for the whole town or village, not a spot in it; neighbourhood: the point of a part of a city."),
    })
    .optional()
    .describe("Present when the coordinates are a gazetteer's, picked at the desk: the entry they came from and how precise its point is."),
  eventCount: count.describe('How many events the place has, over the whole timeline.'),
});
export const placeFeature = feature(pointGeometry, placeProperties);
export const placeCollection = z.strictObject(featureCollection(placeFeature));

// ---------------------------------------------------------------------------------------------
// GET /api/places/counts

export const placeCounts = z.strictObject({
  from: isoDate.nullable().describe('The span asked for (inclusive); null when not given.'),
  to: isoDate.nullable().describe('The span asked for (inclusive); null when not given.'),
  total: count.describe('Events in the span, all places together.'),
  counts: z.record(slug, z.number().int().min(1)).describe('Events in the span by place id, only for the places that have any.'),
});

// ---------------------------------------------------------------------------------------------
// GET /api/histogram

export const histogram = z.strictObject({
  unit: unitPrecision.describe('How long each bucket is: a day, an ISO week (Monday to Sunday), a calendar month or a calendar year.'),
  from: isoDate.describe('The first day of the span counted (the data\'s first day when not asked for).'),
  to: isoDate.describe('The last day of the span counted (the data\'s last day when not asked for).'),
  total: count.describe('Events counted, all buckets together.'),
  buckets: z
    .array(z.strictObject({ start: isoDate.describe("The bucket's first day."), end: isoDate.describe("The bucket's last day."), count }))
    .describe(
      'Every bucket the span touches, in order, empty ones with 0 (the first and last may reach outside the span; only days inside it are counted). ' +
        'Each event counts once, in the bucket of its first day (`date`), whatever its precision: an event known only to a month counts on the 1st. Events starting before `from` are not counted.',
    ),
});

// ---------------------------------------------------------------------------------------------
// GET /api/events, GET /api/events/{id}


/** Corrections made at the desk after a claim was published, oldest first: readers see "Corrected 3 Dec 2024: …". */
const corrections = z
  .array(z.strictObject({ date: isoDate.describe('The day the correction was made.'), note: text.describe('What was wrong, for readers ("the date was 1 Dec, not 30 Nov").') }))
  .optional();

export const eventProperties = z.strictObject({
  date: isoDate.describe('The first day of the period the event is known to.'),
  dateEnd: isoDate.describe('The last day of that period (equal to `date` for day precision).'),
  datePrecision,
  dateText: text.describe("The source's own words for the date (\"Last week\", \"on Saturday\")."),
  dateNote: text.optional().describe('How the date was resolved from those words.'),
  placeId: slug,
  placeName: text,
  placeNote: text.optional().describe('Present when the source does not pin the event to the place it is shown at.'),
  locationPrecision: locationPrecision.optional(),
  category: eventCategory,
  status: eventStatus,
  title: text,
  summary: text,
  fatalities: z
    .strictObject({ low: count.optional(), best: count.optional(), high: count.optional() })
    .optional()
    .describe('Deaths as the dataset states them: low, best and high estimates (UCDP), or one figure as best (ACLED).'),
  dataset: z
    .strictObject({
      name: text.describe('The dataset ("UCDP GED", "ACLED"); its release is the source\'s version.'),
      type: text.optional(),
      subType: text.optional(),
      rowId: text.describe("The row's id in the dataset."),
      citation: text.optional().describe('The dataset\'s own citation of its sources ("SOHR; Liveuamap").'),
      citationUrl: z.url({ protocol: /^https?$/ }).optional(),
    })
    .optional()
    .describe('Present on an imported event: where it comes from in its dataset.'),
  actors: z.array(actorRef),
  sources: z.array(citation).min(1),
  corrections: corrections.describe('Corrections made after the event was published, oldest first; its history is at /events/{id}.'),
  translation: z
    .strictObject({ lang: z.literal('ar'), title: text, summary: text })
    .optional()
    .describe('The title and summary translated into Arabic at the desk (a translation: quotes stay in their language).'),
});
export const eventFeature = feature(pointGeometry, eventProperties);

export const eventPage = z.strictObject({
  ...featureCollection(eventFeature),
  total: count.describe('How many events match the query in all.'),
  offset: count.describe('How many matching events this page skips.'),
  limit: z.number().int().min(1).describe('The page size.'),
  next: z.string().startsWith('/api/events?').nullable().describe('The path and query of the next page, or null on the last one.'),
  withheld: z
    .strictObject({
      count: z.number().int().min(1).describe('How many matching events of this page are left out.'),
      reason: text.describe('Why, in words.'),
      sourceIds: z.array(slug).min(1).describe('The sources whose terms forbid passing their rows on.'),
    })
    .optional()
    .describe('Present on a page after the first (offset > 0) that leaves out events citing a source whose terms forbid redistributing its rows (ACLED): they are on the map and on the first page, with their credit, never handed out in bulk. `total` still counts them.'),
});

// ---------------------------------------------------------------------------------------------
// GET /api/control

const geometryPrecision = z
  .enum(['approximate outline', 'front line', 'administrative boundary'])
  .describe('What the outline is: the `approximate outline` of a city is not a `front line`.');
const areaKm2 = z.number().min(0).describe("The outline's area in km², measured from the geometry.");

/** One period of an area's history. */
export const controlPeriod = z.strictObject({
  id: slug,
  actor: actorRef,
  status: controlStatus,
  extent: text.describe('How much of the area the source says the actor holds ("much of the city").'),
  basis: z.enum(['reported', 'inferred']).describe('`reported`: the source says it; `inferred`: the source implies it.'),
  since: datedAs.optional().describe('When the period began; absent when the source gives no start.'),
  until: datedAs.optional().describe("When the next period began; absent for the last one."),
});

export const controlProperties = z.strictObject({
  corrections: corrections.describe("Corrections made to the period in force after it was published, oldest first."),
  ...controlPeriod.shape,
  areaId: slug,
  name: text,
  placeId: slug,
  geometryPrecision,
  geometryNote: text,
  areaKm2,
  inference: text.optional().describe('For an inferred period: what it is inferred from.'),
  changedHands: z.boolean().describe('The period began on the date asked for: the area changed hands since the day before.'),
  sources: z.array(citation).min(1),
  history: z.array(controlPeriod).min(1).describe('Every period of the area, oldest first.'),
});
export const controlFeature = feature(polygonGeometry, controlProperties);

export const controlCollection = z.strictObject({
  ...featureCollection(controlFeature),
  date: isoDate.describe('The day the answer is for.'),
  span: z.strictObject({ start: isoDate, end: isoDate }).describe("The timeline's first and last day."),
});

// ---------------------------------------------------------------------------------------------
// GET /api/control/changes

export const controlChangeProperties = z.strictObject({
  areaId: slug,
  name: text,
  geometryPrecision,
  areaKm2,
  date: isoDate.describe('The day the area changed hands (the first day of the period `datePrecision` says).'),
  datePrecision: unitPrecision,
  dateText: text,
  before: z.strictObject({ ...actorRef.shape, status: controlStatus }).nullable(),
  after: z.strictObject({ ...actorRef.shape, status: controlStatus, extent: text }),
  sources: z.array(citation).min(1),
});
/** A change of hands; its id is the id of the period that began. */
export const controlChangeFeature = feature(polygonGeometry, controlChangeProperties);

export const controlChangeCollection = z.strictObject({
  ...featureCollection(controlChangeFeature),
  from: isoDate.describe('The span answered for (inclusive).'),
  to: isoDate.describe('The span answered for (inclusive).'),
});

// ---------------------------------------------------------------------------------------------
// GET /api/flows

const flowEnd = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('country'), id: countryCode, name: text, coordinates: position.describe("The country's Natural Earth label point.") }),
  z.strictObject({ kind: z.literal('place'), id: slug, name: text, coordinates: position }),
]);

/** A flow's line: the destination's longitude is unwrapped (it may pass ±180) so the arc takes the short way. */
const arcPosition = z.tuple([z.number().min(-360).max(360), latitude]);

export const flowProperties = z.strictObject({
  kind: z.enum(['refugees', 'internally-displaced', 'migrants']),
  origin: flowEnd,
  destination: flowEnd,
  magnitude: z.strictObject({
    value: z.number().int().min(1),
    unit: z.enum(['people', 'households']),
    qualifier: z.enum(['exactly', 'about', 'up to', 'at least', 'more than']).describe('How the source bounds the figure: "up to" is an upper bound, never a count.'),
    text: text.describe("The source's own words for the figure, verbatim."),
  }),
  asOf: datedAs,
  label: text.describe('The label on the map, keeping the qualifier and the credit.'),
  widthPx: z.number().positive().describe('The line width in pixels: 1.5 + 10 × √(people / 4,000,000), at most 16.'),
  sources: z.array(citation).min(1),
  corrections: corrections.describe('Corrections made after the flow was published, oldest first.'),
  series: z
    .array(z.strictObject({ year: z.number().int(), value: count, sourceId: slug, publisher: text }))
    .optional()
    .describe("The figure year by year (UNHCR: people at the end of each year), oldest first, with who gives it; each year's quote and source: GET /api/flows/{id}."),
});
const arc = z.strictObject({ type: z.literal('LineString'), coordinates: z.array(arcPosition).min(2).describe('A smooth arc from origin to destination.') });
export const flowFeature = feature(arc, flowProperties);
export const flowCollection = z.strictObject(featureCollection(flowFeature));
/** GET /api/flows/{id}: one flow, each year of its series with its quote and its source resolved. */
export const flowDetail = feature(
  arc,
  flowProperties.extend({
    series: z
      .array(
        z.strictObject({
          year: z.number().int(),
          value: count,
          text: text.describe("The source's own words for the figure, verbatim."),
          source: citation,
        }),
      )
      .optional()
      .describe('The figure year by year (UNHCR: people at the end of each year), oldest first, each with its quote and its source resolved.'),
  }),
);

// ---------------------------------------------------------------------------------------------
// GET /api/itineraries

const placeRef = z.strictObject({ placeId: slug, placeName: text });

export const stopProperties = z.strictObject({
  featureType: z.literal('stop'),
  itineraryId: slug,
  person: actorRef,
  number: z.number().int().min(1).describe('1 for the first stop.'),
  placeId: slug,
  placeName: text,
  date: isoDate.describe("The day of the stop's first event: the arrival."),
  dateEnd: isoDate.describe('The day of its last reported event.'),
  expectedDates: z.array(isoDate).describe('Days of events there announced but not reported as held.'),
  status: eventStatus.describe('The status of the arrival.'),
  events: z.array(z.strictObject({ id: slug, title: text, date: isoDate, status: eventStatus })).min(1),
  corrections: corrections.describe("Corrections made to the trip after it was published, oldest first (each stop carries its trip's)."),
});

export const legProperties = z.strictObject({
  featureType: z.literal('leg'),
  itineraryId: slug,
  person: actorRef,
  number: z.number().int().min(1).describe('1 for the leg from the first stop to the second.'),
  from: placeRef,
  to: placeRef,
  date: isoDate.describe('The day of the arrival that ends the leg.'),
  status: eventStatus.describe('The status of that arrival.'),
  eventIds: z.array(slug).min(1),
  sources: z.array(citation).min(1),
});

export const stopFeature = feature(pointGeometry, stopProperties);
export const legFeature = feature(lineStringGeometry, legProperties);
export const itineraryCollection = z.strictObject(featureCollection(z.union([stopFeature, legFeature])));

// ---------------------------------------------------------------------------------------------
// GET /api/oembed (oEmbed 1.0, https://oembed.com/)

export const oembedResponse = z.strictObject({
  version: z.literal('1.0'),
  type: z.literal('rich'),
  title: text,
  provider_name: text,
  provider_url: z.url(),
  cache_age: z.number().int().min(0).describe('Seconds the consumer may keep the answer.'),
  width: z.number().int().min(1),
  height: z.number().int().min(1),
  html: text.describe('The iframe that embeds the map view of the URL asked for.'),
});

// ---------------------------------------------------------------------------------------------
// Errors (every status but 2xx and 304)

/** The one error body every route answers with. */
export const apiErrorBody = z.strictObject({
  error: z.strictObject({
    code: z
      .string()
      .describe('invalid_parameter, unknown_parameter, not_found, retracted, method_not_allowed, format_not_implemented or internal_error.'),
    message: z.string(),
    param: z.string().optional().describe('The parameter (or path part) at fault, when one is.'),
  }),
});

// ---------------------------------------------------------------------------------------------
// GET /api/changes (Server-Sent Events): each message's data

export const changeKinds = ['events', 'places', 'control', 'flows', 'itineraries', 'sources', 'situation'] as const;
export const changeKind = z.enum(changeKinds);

/** GET /api/situation: what a page needs to follow the data as it changes. */
export const situationSummary = z.strictObject({
  version: z.number().int().min(0).describe("The data's version: it grows with every change."),
  span: z.strictObject({ start: isoDate, end: isoDate }).describe('The first and last day the data speaks of: the timeline runs over it.'),
  credits: z.array(z.string()).describe('Map attribution, as HTML: a credit for each cited publisher and the outlets it credits.'),
});

export const changeNotice = z.strictObject({
  version: z.number().int().min(0).describe("The data's version once the change is made."),
  kinds: z.array(changeKind).describe('What changed: refetch the endpoints that serve these.'),
  at: z.iso.datetime({ offset: true }).describe('When the change was made (an ISO 8601 date-time).'),
});

// ---------------------------------------------------------------------------------------------
// GET /api/export?format=geojson (issue 15)

/** What an export left out, and why: sources whose terms forbid passing their rows on. */
export const exportOmitted = z.strictObject({
  events: count.describe('Events left out: every source they cite forbids redistribution.'),
  citations: count.describe('Citations left out of the events that remain, for the same reason.'),
  sources: z.array(slug).describe('The ids of the sources left out.'),
  reason: text,
});

export const eventExport = z.strictObject({
  ...featureCollection(eventFeature),
  omitted: exportOmitted,
});

// ---------------------------------------------------------------------------------------------
// Types

export type DatePrecision = z.infer<typeof datePrecision>;
export type UnitPrecision = z.infer<typeof unitPrecision>;
export type LocationPrecision = z.infer<typeof locationPrecision>;
export type EventCategory = z.infer<typeof eventCategory>;
export type EventStatus = z.infer<typeof eventStatus>;
export type ControlStatus = z.infer<typeof controlStatus>;
export type ActorRef = z.infer<typeof actorRef>;
export type DatedAs = z.infer<typeof datedAs>;
export type Citation = z.infer<typeof citation>;
export type PlaceProperties = z.infer<typeof placeProperties>;
export type PlaceFeature = z.infer<typeof placeFeature>;
export type PlaceCollection = z.infer<typeof placeCollection>;
export type PlaceCounts = z.infer<typeof placeCounts>;
export type Histogram = z.infer<typeof histogram>;
export type EventProperties = z.infer<typeof eventProperties>;
export type EventFeature = z.infer<typeof eventFeature>;
export type EventPage = z.infer<typeof eventPage>;
export type ControlPeriod = z.infer<typeof controlPeriod>;
export type ControlProperties = z.infer<typeof controlProperties>;
export type ControlFeature = z.infer<typeof controlFeature>;
export type ControlCollection = z.infer<typeof controlCollection>;
export type ControlChangeProperties = z.infer<typeof controlChangeProperties>;
export type ControlChangeFeature = z.infer<typeof controlChangeFeature>;
export type ControlChangeCollection = z.infer<typeof controlChangeCollection>;
export type FlowProperties = z.infer<typeof flowProperties>;
export type FlowFeature = z.infer<typeof flowFeature>;
export type FlowCollection = z.infer<typeof flowCollection>;
export type FlowDetail = z.infer<typeof flowDetail>;
export type StopProperties = z.infer<typeof stopProperties>;
export type LegProperties = z.infer<typeof legProperties>;
export type StopFeature = z.infer<typeof stopFeature>;
export type LegFeature = z.infer<typeof legFeature>;
export type ItineraryCollection = z.infer<typeof itineraryCollection>;
export type OembedResponse = z.infer<typeof oembedResponse>;
export type ApiErrorBody = z.infer<typeof apiErrorBody>;
export type ChangeKind = z.infer<typeof changeKind>;
export type ChangeNotice = z.infer<typeof changeNotice>;
export type SituationSummary = z.infer<typeof situationSummary>;
export type ExportOmitted = z.infer<typeof exportOmitted>;
export type EventExport = z.infer<typeof eventExport>;
