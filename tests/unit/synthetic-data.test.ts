import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSyntheticData } from '@/bench/generate';
import { openStore } from '@/lib/store';
import { SqliteBackend } from '@/lib/store/sqlite';
import type { SourceRecord } from '@/lib/schemas/source';
import { periodEnd } from '@/lib/dates/period';

const root = process.cwd();
const EVENTS = 2000;

/** Every file under `dir` by relative path, with the SHA-256 of its bytes. */
function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else out.set(rel, createHash('sha256').update(readFileSync(path.join(dir, rel))).digest('hex'));
    }
  };
  walk('');
  return out;
}

describe('bench/generate.ts', { timeout: 30_000 }, () => {
  const dataBefore = hashes(path.join(root, 'data'));
  const temp = mkdtempSync(path.join(tmpdir(), 'situation-synthetic-'));
  const dirs = { a: path.join(temp, 'a'), b: path.join(temp, 'b'), other: path.join(temp, 'other') };
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('writes a data folder that the store\'s checks accept, with the real data kept', async () => {
    const result = await generateSyntheticData({ events: EVENTS, out: dirs.a });
    expect(result.events).toBe(EVENTS);
    const realFile = (name: string) => JSON.parse(readFileSync(path.join(root, 'data', name), 'utf8')) as { id: string }[];
    const realEvents = realFile('events.json');
    const realPlaces = realFile('places.json');
    const realSources = realFile('sources.json');
    const real = { places: realPlaces.length, events: realEvents.length, sources: realSources.length };
    const store = await openStore(async () => new SqliteBackend(':memory:'), { seedDir: dirs.a });
    const { events } = await store.findEvents({}, { limit: 1_000_000, offset: 0, order: 'asc' });
    const situation = await store.situation();
    const allSources = JSON.parse(readFileSync(path.join(dirs.a, 'sources.json'), 'utf8')) as SourceRecord[];
    const data = { events, places: situation.places, eventById: new Map(events.map((e) => [e.id, e])), sources: await store.sources(allSources.map((s) => s.id)), span: await store.span() };
    const placeOrder = JSON.parse(readFileSync(path.join(dirs.a, 'places.json'), 'utf8')) as { id: string }[];
    expect(data.events).toHaveLength(EVENTS + real.events);
    expect(data.places).toHaveLength(result.places + real.places);
    expect(data.sources.size).toBe(result.sources + real.sources);
    expect(result.sources).toBeGreaterThan(EVENTS / 12);
    expect(result.sources).toBeLessThan(EVENTS / 5);
    expect(placeOrder.slice(0, real.places).map((p) => p.id)).toEqual(realPlaces.map((p) => p.id));
    for (const e of realEvents) expect(data.eventById.has(e.id)).toBe(true);
    expect(data.span.start).toBe('2012-01-01');
    expect(data.span.end >= '2024-11-24').toBe(true);

    const files = readdirSync(path.join(dirs.a, 'events')).sort();
    expect(files[0]).toBe('2012.json');
    expect(files.at(-1)).toBe('2024.json');
    for (const name of ['actors.json', 'areas.json', 'control.json', 'countries.json', 'events.json', 'flows.json', 'itineraries.json']) {
      expect(readFileSync(path.join(dirs.a, name), 'utf8')).toBe(readFileSync(path.join(root, 'data', name), 'utf8'));
    }

    const realIds = new Set(realEvents.map((e) => e.id));
    const synthetic = data.events.filter((e) => !realIds.has(e.id));
    expect(synthetic).toHaveLength(EVENTS);
    for (const e of synthetic) {
      expect(e.sources.length).toBeGreaterThanOrEqual(1);
      expect(e.sources.length).toBeLessThanOrEqual(3);
      expect(e.actors.length).toBeGreaterThanOrEqual(1);
      expect(e.actors.length).toBeLessThanOrEqual(2);
      if (e.datePrecision === 'week') expect(new Date(`${e.date}T00:00:00Z`).getUTCDay()).toBe(1);
      if (e.datePrecision === 'month') expect(e.date.endsWith('-01')).toBe(true);
      const end = periodEnd(e.date, e.datePrecision);
      for (const c of e.sources) expect(data.sources.get(c.sourceId)!.published >= end).toBe(true);
    }
    const share = (f: (e: (typeof synthetic)[number]) => boolean) => synthetic.filter(f).length / synthetic.length;
    expect(share((e) => e.datePrecision === 'day')).toBeGreaterThan(0.85);
    expect(share((e) => e.status === 'reported')).toBeGreaterThan(0.94);
    for (const s of data.sources.values()) {
      if (realSources.some((r) => r.id === s.id)) continue;
      expect(new URL(s.url).hostname).toBe('example.org');
      expect(s.note).toBe('Synthetic benchmark data: not real reporting.');
      expect(s.title).toMatch(/synthetic/i);
      expect(readFileSync(path.join(dirs.a, 'sources', s.file), 'utf8').length).toBeLessThan(4096);
    }
  });

  it('writes byte-identical files for the same seed, and different ones for another seed', async () => {
    await generateSyntheticData({ events: EVENTS, out: dirs.b });
    await generateSyntheticData({ events: EVENTS, out: dirs.b }); // a reused folder is emptied first
    await generateSyntheticData({ events: EVENTS, out: dirs.other, seed: 7 });
    const a = hashes(dirs.a);
    expect(hashes(dirs.b)).toEqual(a);
    const other = hashes(dirs.other);
    expect(other.get('events/2016.json')).not.toBe(a.get('events/2016.json'));
    expect(other.get('places.json')).not.toBe(a.get('places.json'));
  });

  it('refuses to write into the real data folder, or to empty a folder it did not write', async () => {
    for (const out of [path.join(root, 'data'), path.join(root, 'data', 'synthetic'), path.join(root, 'data', 'sources'), root]) {
      await expect(generateSyntheticData({ events: 10, out })).rejects.toThrow(/refusing/);
    }
    expect(existsSync(path.join(root, 'data', 'synthetic'))).toBe(false);
    const unrelated = path.join(temp, 'unrelated');
    mkdirSync(unrelated);
    writeFileSync(path.join(unrelated, 'keep.txt'), 'not generated');
    await expect(generateSyntheticData({ events: 10, out: unrelated })).rejects.toThrow(/refusing/);
    expect(readFileSync(path.join(unrelated, 'keep.txt'), 'utf8')).toBe('not generated');
  });

  it('leaves data/ byte for byte as it was', () => {
    expect(hashes(path.join(root, 'data'))).toEqual(dataBefore);
  });
});
