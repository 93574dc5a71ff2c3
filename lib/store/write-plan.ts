import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { countryLabelPoints } from '@/lib/geo/basemap';
import { CHANGE_KINDS, type ChangeKind, type WriteBatch } from './batch';
import type { Versions, WriteResult } from './backend';
import { checkBatch, needsOf, type Existing, type Needs, type Plan } from './validate';

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
