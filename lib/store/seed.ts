import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { actorRecord } from '@/lib/schemas/actor';
import { areaRecord, controlPeriodRecord } from '@/lib/schemas/control';
import { eventRecord } from '@/lib/schemas/event';
import { countryRecord, flowRecord, itineraryRecord } from '@/lib/schemas/movement';
import { placeRecord } from '@/lib/schemas/place';
import { sourceRecord } from '@/lib/schemas/source';
import { DataError, parseFile } from '@/lib/data/data-error';
import { itemsOf, type Item, type WriteBatch } from './batch';

/** The data folder the store is seeded from: DATA_DIR, or data/ under the working directory. */
export function dataDir(): string {
  return process.env.DATA_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), 'data');
}

/**
 * Reads a data folder (sources.json with the archived texts in sources/, places, actors, events
 * and events/*.json, areas, control, countries, flows, itineraries) as one batch to write. Each
 * file is parsed with its schema; the checks between records are the store's (lib/store/validate.ts).
 * Throws a DataError naming the file and record at fault.
 */
export function readSeed(dir: string = dataDir()): WriteBatch {
  const read = (name: string) => readFileSync(path.join(/* turbopackIgnore: true */ dir, name), 'utf8');
  const file = <T>(name: string, schema: z.ZodType<T>): Item<T>[] => itemsOf(`data/${name}`, parseFile(`data/${name}`, read(name), z.array(schema)) as (T & { id?: string })[]) as Item<T>[];
  const sources = file('sources.json', sourceRecord).map(({ at, value }) => {
    const textPath = path.join('sources', value.file);
    if (!existsSync(path.join(/* turbopackIgnore: true */ dir, textPath))) throw new DataError('data/sources.json', `(id "${value.id}")`, `archived text data/sources/${value.file} is missing`);
    return { at, value: { ...value, text: read(textPath) } };
  });
  const eventsDir = path.join(/* turbopackIgnore: true */ dir, 'events');
  const moreEvents = existsSync(eventsDir) ? readdirSync(eventsDir).filter((n) => n.endsWith('.json')).sort() : [];
  return {
    sources,
    places: file('places.json', placeRecord),
    actors: file('actors.json', actorRecord),
    countries: file('countries.json', countryRecord),
    areas: file('areas.json', areaRecord),
    events: [...file('events.json', eventRecord), ...moreEvents.flatMap((n) => file(path.join('events', n), eventRecord))],
    control: file('control.json', controlPeriodRecord),
    flows: file('flows.json', flowRecord),
    itineraries: file('itineraries.json', itineraryRecord),
  };
}
