import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { countryLabelPoints } from '@/lib/geo/basemap';
import { CHANGE_KINDS, type ChangeKind, type WriteBatch } from './batch';
import type { PartedResult, Versions, WriteResult } from './backend';
import type { SourceRecord } from '@/lib/schemas/source';
import { checkBatch, needsOf, tally, type Existing, type Needs, type Plan, type Row } from './validate';

let anchors: Map<string, [number, number]> | undefined;

/** Label points of Natural Earth countries by their numeric id: where a country's flows start or end. Read once, when first needed. */
export function countryAnchors(): Map<string, [number, number]> {
  if (anchors) return anchors;
  const text = readFileSync(path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', 'world-atlas', 'countries-110m.json'), 'utf8');
  const topology = JSON.parse(text) as Topology;
  const object = topology.objects.countries as GeometryCollection<{ name: string }>;
  const countries = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const withIds = { ...countries, features: countries.features.filter((f) => f.id !== undefined).map((f) => ({ ...f, properties: { id: String(f.id), name: f.properties.name } })) };
  anchors = new Map(countryLabelPoints(withIds).features.map((f) => [f.properties.id, f.geometry.coordinates as [number, number]]));
  return anchors;
}

/** Checks a batch against what the store holds of what it names (read by `existing` inside the write's transaction). */
export function planWrite(batch: WriteBatch, existing: (needs: Needs) => Existing): Plan {
  return checkBatch(batch, existing(needsOf(batch)), countryAnchors);
}

/** What a write reports. */
export const writeResult = (plan: Plan, version: number, dryRun: boolean): WriteResult => ({ version, kinds: plan.kinds, counts: plan.counts, dryRun });

/** Versions from the meta table's rows (`version`, `version:{kind}`). */
export function versionsFrom(rows: { key: string; value: string | number }[]): Versions {
  const meta = new Map(rows.map((r) => [r.key, Number(r.value)]));
  const kinds = Object.fromEntries(CHANGE_KINDS.map((k) => [k, meta.get(`version:${k}`) ?? 0])) as Record<ChangeKind, number>;
  return { version: meta.get('version') ?? 0, kinds };
}

type Op = Row<unknown>['op'];

/**
 * The bookkeeping of a write in parts, the same for both back ends: each part is checked as a
 * batch, with the streamed source standing as the part's own text (every quote of a part's rows
 * is cut from that part's blocks), so the source's whole text is never read or held; what the
 * parts did is added up for the one version they are committed at.
 */
export class PartsLedger {
  private readonly kinds = new Set<ChangeKind>();
  private readonly counts = { inserted: 0, updated: 0, unchanged: 0, retracted: 0 };
  private readonly events = { inserted: 0, updated: 0, unchanged: 0 };
  /** The streamed source's record (without its text), as the last part that carried it gave it. */
  record: SourceRecord | undefined;

  constructor(readonly sourceId: string | undefined) {}

  /** What to look up for a part: its needs, but never the streamed source (its stored text may be long). */
  needs(batch: WriteBatch): Needs {
    const needs = needsOf(batch);
    if (this.sourceId) needs.sources.delete(this.sourceId);
    return needs;
  }

  /** Checks a part; its plan without the streamed source, and the part of that source's text it carries. */
  check(batch: WriteBatch, existing: Existing): { plan: Plan; text?: string } {
    let text: string | undefined;
    if (this.sourceId) {
      const carried = batch.sources?.find((s) => s.value.id === this.sourceId);
      if (carried) {
        const { text: part, ...record } = carried.value;
        text = part;
        this.record = record;
      } else if (this.record) existing.sources.set(this.sourceId, { ...this.record, text: '' });
    }
    const plan = checkBatch(batch, existing, countryAnchors);
    if (this.sourceId) tally(Object.assign(plan, { sources: plan.sources.filter((r) => r.value.id !== this.sourceId) }));
    plan.kinds.forEach((k) => this.kinds.add(k));
    for (const k of Object.keys(this.counts) as (keyof typeof this.counts)[]) this.counts[k] += plan.counts[k];
    for (const row of plan.events) this.events[opCount(row.op)]++;
    return { plan, ...(text !== undefined && { text }) };
  }

  /** What all the parts did, with what happened to the streamed source (when one was given). */
  result(sourceOp: Op | undefined, version: number, dryRun: boolean): PartedResult {
    const counts = { ...this.counts };
    const kinds = new Set(this.kinds);
    if (sourceOp) {
      counts[opCount(sourceOp)]++;
      if (sourceOp !== 'unchanged') kinds.add('sources');
    }
    return { version, kinds: [...kinds].sort(), counts, events: { ...this.events }, dryRun };
  }
}

/**
 * What became of a streamed source's text in a write in parts: how many parts were written, and
 * whether any differed from the part stored in its place. Both back ends keep the text in parts
 * (source_parts), so that an import never holds it joined (only a later write that quotes it reads it whole).
 */
export class PartedText {
  parts = 0;
  private changed = false;
  /** How the source was stored before the write: null when it was not; `whole` when its text was kept in one piece. */
  stored: { whole: boolean } | null | undefined;

  /** Counts a part written; `changes` is 0 when the stored part was the same. */
  wrote(changes: number) {
    this.parts++;
    if (changes > 0) this.changed = true;
  }

  /** What happened to the source, given the other changes made at the commit (parts dropped, record retold) and, for a text kept whole before, whether the parts spell it. */
  op(otherChanges: number, sameAsWhole: boolean): Op {
    if (!this.stored) return 'insert';
    const changed = otherChanges > 0 || (this.stored.whole ? !sameAsWhole : this.changed);
    return changed ? 'update' : 'unchanged';
  }
}

/**
 * A write in parts as both back ends run it: the version it will commit at, its ledger and its
 * streamed text, and where it stands (open; failed, when only a rollback is left; ended).
 */
export class PartedSession extends PartsLedger {
  readonly text = new PartedText();
  readonly at = new Date().toISOString();
  private state: 'open' | 'failed' | 'ended' = 'open';

  constructor(
    source: string | undefined,
    /** The store's version when the write began (its lock held since). */
    readonly current: number,
  ) {
    super(source);
  }

  /** The version the write commits at. */
  get version(): number {
    return this.current + 1;
  }

  /** Throws unless parts may still be added or committed. */
  assertOpen() {
    if (this.state !== 'open') throw new Error(`this write has ${this.state}: roll it back`);
  }

  fail() {
    this.state = 'failed';
  }

  end() {
    this.state = 'ended';
  }

  get ended(): boolean {
    return this.state === 'ended';
  }
}

const opCount = (op: Op) => (op === 'insert' ? 'inserted' : op === 'update' ? 'updated' : 'unchanged');
