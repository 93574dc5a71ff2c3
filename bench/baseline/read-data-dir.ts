// Benchmark baseline only: the app's former in-memory dataset (lib/data/read-data-dir.ts at commit e9a6cea), kept
// for bench/run.mjs to measure against the store. Never imported by the app.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DataFiles } from './dataset';

/** The data folder the app serves: DATA_DIR, or data/ under the working directory. */
export function dataDir(): string {
  return process.env.DATA_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), 'data');
}

/** Reads every data file of a data folder as text, ready for buildDataset. */
export function readDataDir(dir: string = dataDir()): DataFiles {
  const read = (name: string) => readFileSync(path.join(/* turbopackIgnore: true */ dir, name), 'utf8');
  const texts: Record<string, string> = {};
  for (const name of readdirSync(path.join(/* turbopackIgnore: true */ dir, 'sources'))) {
    if (name.endsWith('.txt')) texts[name] = read(path.join('sources', name));
  }
  const eventFiles: Record<string, string> = {};
  const eventsDir = path.join(/* turbopackIgnore: true */ dir, 'events');
  if (existsSync(eventsDir)) {
    for (const name of readdirSync(eventsDir)) if (name.endsWith('.json')) eventFiles[name] = read(path.join('events', name));
  }
  return {
    'sources.json': read('sources.json'),
    'places.json': read('places.json'),
    'actors.json': read('actors.json'),
    'events.json': read('events.json'),
    eventFiles,
    'areas.json': read('areas.json'),
    'control.json': read('control.json'),
    'countries.json': read('countries.json'),
    'flows.json': read('flows.json'),
    'itineraries.json': read('itineraries.json'),
    naturalEarth: readFileSync(path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', 'world-atlas', 'countries-110m.json'), 'utf8'),
    texts,
  };
}
