import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { actorRecord } from '@/lib/schemas/actor';
import { areaRecord, controlPeriodRecord } from '@/lib/schemas/control';
import { eventRecord } from '@/lib/schemas/event';
import { countryRecord, flowRecord, itineraryRecord } from '@/lib/schemas/movement';
import { placeRecord } from '@/lib/schemas/place';
import { sourceRecord } from '@/lib/schemas/source';
import { DataError, parseFile } from '@/lib/data/data-error';
import { RETRACTABLE, type Item, type WriteBatch } from './batch';

/**
 * A file for `npm run data:apply`: one JSON object whose keys are the data/ files' names without
 * `.json` (sources, places, actors, countries, areas, events, control, flows, itineraries), each
 * an array of records in the data/ format, plus `retract`: `[{kind, id, reason}]`. A source's
 * archived text is its `text`, or the file its `file` names beside the apply file.
 */
export const applyFile = z.strictObject({
  sources: z.array(sourceRecord.extend({ file: z.string().regex(/^[a-z0-9-]+\.txt$/, 'must be a .txt file name'), text: z.string().min(1).optional() })).optional(),
  places: z.array(placeRecord).optional(),
  actors: z.array(actorRecord).optional(),
  countries: z.array(countryRecord).optional(),
  areas: z.array(areaRecord).optional(),
  events: z.array(eventRecord).optional(),
  control: z.array(controlPeriodRecord).optional(),
  flows: z.array(flowRecord).optional(),
  itineraries: z.array(itineraryRecord).optional(),
  retract: z.array(z.strictObject({ kind: z.enum(RETRACTABLE), id: z.string().min(1), reason: z.string().trim().min(1, 'a retraction needs a public reason') })).optional(),
});

/** Reads and parses an apply file into a batch whose records are labelled `FILE: events[2] (id "x")`. */
export function readApplyFile(file: string): WriteBatch {
  const name = path.basename(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new DataError(name, 'file', `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const parsed = parseFile(name, text, applyFile);
  const items = <T extends { id?: string; code?: string }>(key: string, list: T[] | undefined): Item<T>[] =>
    (list ?? []).map((value, i) => ({ at: { file: name, record: `${key}[${i}] (${value.code ? 'code' : 'id'} "${value.id ?? value.code}")` }, value }));
  const sources = items('sources', parsed.sources).map(({ at, value: { text: inline, ...s } }) => {
    if (inline !== undefined) return { at, value: { ...s, text: inline } };
    const beside = path.join(path.dirname(file), s.file);
    try {
      return { at, value: { ...s, text: readFileSync(beside, 'utf8') } };
    } catch {
      throw new DataError(name, `${at.record}.file`, `archived text ${beside} is missing (give the text in "text" or beside the file)`);
    }
  });
  return {
    sources,
    places: items('places', parsed.places),
    actors: items('actors', parsed.actors),
    countries: items('countries', parsed.countries),
    areas: items('areas', parsed.areas),
    events: items('events', parsed.events),
    control: items('control', parsed.control),
    flows: items('flows', parsed.flows),
    itineraries: items('itineraries', parsed.itineraries),
    retract: (parsed.retract ?? []).map((value, i) => ({ at: { file: name, record: `retract[${i}] (${value.kind} "${value.id}")` }, value })),
  };
}
