// Benchmark baseline only: the app's former in-memory dataset (lib/data/dataset.ts at commit e9a6cea), kept
// for bench/run.mjs to measure against the store. Never imported by the app.
import { z } from 'zod';
import type { Polygon } from 'geojson';
import { areaKm2, outlinePolygon } from '@/lib/geo/area-outline';
import { actorRecord, type ActorRecord } from '@/lib/schemas/actor';
import { areaRecord, controlPeriodRecord, type AreaRecord, type ControlPeriodRecord, type DatedAs } from '@/lib/schemas/control';
import { eventRecord, type EventRecord } from '@/lib/schemas/event';
import { placeRecord, type PlaceRecord } from '@/lib/schemas/place';
import { sourceRecord, type SourceRecord } from '@/lib/schemas/source';
import { checkCitations, checkWordsCited, indexById, requireRef } from './checks';
import { DataError, parseFile } from '@/lib/data/data-error';
import { buildEventIndex, type EventIndex } from './event-index';
import { buildMovements, type Movements } from './movements';

/** The raw text of each data file, by its path relative to the data folder. */
export type DataFiles = {
  'sources.json': string;
  'places.json': string;
  'actors.json': string;
  'events.json': string;
  /** More events, for datasets too big for one file: data/events/{name}.json, each an array like events.json. */
  eventFiles?: Record<string, string>;
  'areas.json': string;
  'control.json': string;
  'countries.json': string;
  'flows.json': string;
  'itineraries.json': string;
  /** Natural Earth countries (world-atlas TopoJSON), for the anchor points of country-to-country flows. */
  naturalEarth: string;
  /** Archived source texts by file name (data/sources/{file}). */
  texts: Record<string, string>;
};

export type ArchivedSource = SourceRecord & { text: string };

/** An area with its outline drawn and measured. */
export type ControlArea = AreaRecord & { geometry: Polygon; areaKm2: number };

/** A control period with its end: the start of the area's next period, if any. */
export type ControlPeriod = ControlPeriodRecord & { until?: DatedAs };

/** The validated, cross-checked and indexed situation data. */
export type Dataset = Movements & {
  /** The sources' records; their archived texts serve only the checks and are let go after them. */
  sources: Map<string, SourceRecord>;
  places: PlaceRecord[];
  placeById: Map<string, PlaceRecord>;
  actorById: Map<string, ActorRecord>;
  /** Sorted by date, then id. */
  events: EventRecord[];
  eventById: Map<string, EventRecord>;
  areaById: Map<string, ControlArea>;
  /** Each area's control periods, oldest first. */
  periodsByArea: Map<string, ControlPeriod[]>;
  /** The first and last day the data speaks of: the timeline's span. */
  span: { start: string; end: string };
  /** Places in a k-d tree and events by place and date, for queries that touch only what they ask for. */
  eventIndex: EventIndex;
};


/** Validates every file and every reference between them; throws a DataError naming the first problem. */
export function buildDataset(files: DataFiles): Dataset {
  const sourceList = parseFile('data/sources.json', files['sources.json'], z.array(sourceRecord));
  const places = parseFile('data/places.json', files['places.json'], z.array(placeRecord));
  const actors = parseFile('data/actors.json', files['actors.json'], z.array(actorRecord));
  const eventsByFile: [string, EventRecord[]][] = [
    ['data/events.json', parseFile('data/events.json', files['events.json'], z.array(eventRecord))],
    ...Object.entries(files.eventFiles ?? {}).sort(([a], [b]) => a.localeCompare(b)).map(([name, text]): [string, EventRecord[]] => [`data/events/${name}`, parseFile(`data/events/${name}`, text, z.array(eventRecord))]),
  ];
  const events = eventsByFile.flatMap(([, list]) => list);

  const sources = new Map<string, ArchivedSource>();
  indexById('data/sources.json', sourceList).forEach((s, id) => {
    const text = files.texts[s.file];
    if (text === undefined) throw new DataError('data/sources.json', `(id "${id}")`, `archived text data/sources/${s.file} is missing`);
    sources.set(id, { ...s, text });
  });
  const placeById = indexById('data/places.json', places);
  const actorById = indexById('data/actors.json', actors);
  actors.forEach((a, i) => {
    if (a.memberOf) requireRef(actorById, a.memberOf, 'data/actors.json', `[${i}] (id "${a.id}").memberOf`, 'actor');
  });
  const eventById = new Map<string, EventRecord>();
  for (const [file, list] of eventsByFile) {
    list.forEach((e, i) => {
      const record = `[${i}] (id "${e.id}")`;
      if (eventById.has(e.id)) throw new DataError(file, record, 'id is used twice');
      eventById.set(e.id, e);
      requireRef(placeById, e.placeId, file, `${record}.placeId`, 'place');
      e.actors.forEach((a, j) => requireRef(actorById, a, file, `${record}.actors[${j}]`, 'actor'));
      checkCitations(sources, e.sources, file, record);
      checkWordsCited(e.sources, e.dateText, file, `${record}.dateText`, 'the date words');
      e.sources.forEach((c, j) => c.attribution && checkWordsCited([c], c.attribution, file, `${record}.sources[${j}].attribution`, 'the credited outlet'));
    });
  }

  const areaById = new Map<string, ControlArea>();
  indexById('data/areas.json', parseFile('data/areas.json', files['areas.json'], z.array(areaRecord))).forEach((a, id) => {
    const place = placeById.get(a.placeId);
    if (!place) throw new DataError('data/areas.json', `(id "${id}").placeId`, `place "${a.placeId}" is not defined`);
    const geometry = outlinePolygon(a.outline, place.coordinates);
    areaById.set(id, { ...a, geometry, areaKm2: areaKm2(geometry) });
  });
  const periods = parseFile('data/control.json', files['control.json'], z.array(controlPeriodRecord));
  indexById('data/control.json', periods);
  const periodsByArea = controlPeriodsByArea(periods, { areaById, actorById, sources });

  const movements = buildMovements(files, { sources, placeById, actorById, eventById });

  const eventIndex = buildEventIndex(places, events);
  const records = new Map<string, SourceRecord>([...sources].map(([id, { text: _text, ...record }]) => [id, record]));
  return { sources: records, places, placeById, actorById, events: eventIndex.allDated.events, eventById, areaById, periodsByArea, span: dataSpan(eventIndex, periods), eventIndex, ...movements };
}

/** Checks each period's references and order, and gives each its end: the next period's start. */
function controlPeriodsByArea(
  periods: ControlPeriodRecord[],
  refs: { areaById: Map<string, unknown>; actorById: Map<string, unknown>; sources: Map<string, ArchivedSource> },
): Map<string, ControlPeriod[]> {
  const file = 'data/control.json';
  const byArea = new Map<string, ControlPeriodRecord[]>();
  periods.forEach((p, i) => {
    const record = `[${i}] (id "${p.id}")`;
    requireRef(refs.areaById, p.areaId, file, `${record}.areaId`, 'area');
    requireRef(refs.actorById, p.actor, file, `${record}.actor`, 'actor');
    checkCitations(refs.sources, p.sources, file, record);
    if (p.since) checkWordsCited(p.sources, p.since.text, file, `${record}.since.text`, 'the date words');
    p.sources.forEach((c, j) => c.attribution && checkWordsCited([c], c.attribution, file, `${record}.sources[${j}].attribution`, 'the credited outlet'));
    byArea.set(p.areaId, [...(byArea.get(p.areaId) ?? []), p]);
  });
  const result = new Map<string, ControlPeriod[]>();
  for (const [areaId, list] of byArea) {
    const ordered = [...list].sort((a, b) => (a.since?.date ?? '').localeCompare(b.since?.date ?? ''));
    ordered.forEach((p, i) => {
      const previous = ordered[i - 1];
      if (i > 0 && (!p.since || p.since.date === previous.since?.date)) {
        throw new DataError(file, `(id "${p.id}").since`, `area "${areaId}" has two periods starting ${p.since?.date ?? 'at an unknown date'}; only its first may omit since`);
      }
    });
    result.set(areaId, ordered.map((p, i) => ({ ...p, until: ordered[i + 1]?.since })));
  }
  return result;
}

/** The first and last day that any event or control change speaks of. */
function dataSpan({ allDated }: EventIndex, periods: ControlPeriodRecord[]): { start: string; end: string } {
  let start = '9999-12-31';
  let end = '0000-01-01';
  const add = (day: string) => {
    if (day < start) start = day;
    if (day > end) end = day;
  };
  for (const day of allDated.starts) add(day);
  for (const day of allDated.ends) add(day);
  for (const p of periods) if (p.since) add(p.since.date);
  return { start, end };
}
