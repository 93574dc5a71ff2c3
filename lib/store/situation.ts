import type { ActorRecord } from '@/lib/schemas/actor';
import type { ControlPeriodRecord, DatedAs } from '@/lib/schemas/control';
import type { FlowRecord, ItineraryRecord } from '@/lib/schemas/movement';
import type { PlaceRecord } from '@/lib/schemas/place';
import type { SourceRecord } from '@/lib/schemas/source';
import type { Snapshot } from './backend';
import type { StoredArea, StoredCountry } from './validate';

/** A control period with its end: the start of the area's next period, if any. */
export type ControlPeriod = ControlPeriodRecord & { until?: DatedAs };

/** The whole-map records of one version, indexed: what the answers about places, control, flows and trips are made from. */
export type Situation = {
  places: PlaceRecord[];
  placeById: Map<string, PlaceRecord>;
  actorById: Map<string, ActorRecord>;
  areaById: Map<string, StoredArea>;
  /** Each area's live control periods, oldest first. */
  periodsByArea: Map<string, ControlPeriod[]>;
  countryByCode: Map<string, StoredCountry>;
  flows: FlowRecord[];
  itineraries: ItineraryRecord[];
  /** The sources that control periods and flows cite (events' sources are read per page). */
  sources: Map<string, SourceRecord>;
};

/** Indexes a snapshot; `sources` are the records its claims cite. */
export function situationOf(s: Snapshot, sources: SourceRecord[]): Situation {
  const byArea = new Map<string, ControlPeriodRecord[]>();
  for (const p of s.control) byArea.set(p.areaId, [...(byArea.get(p.areaId) ?? []), p]);
  const periodsByArea = new Map<string, ControlPeriod[]>();
  for (const [areaId, list] of [...byArea].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const ordered = [...list].sort((a, b) => (a.since?.date ?? '').localeCompare(b.since?.date ?? ''));
    periodsByArea.set(areaId, ordered.map((p, i) => ({ ...p, until: ordered[i + 1]?.since })));
  }
  return {
    places: s.places,
    placeById: new Map(s.places.map((p) => [p.id, p])),
    actorById: new Map(s.actors.map((a) => [a.id, a])),
    areaById: new Map(s.areas.map((a) => [a.id, a])),
    periodsByArea,
    countryByCode: new Map(s.countries.map((c) => [c.code, c])),
    flows: s.flows,
    itineraries: s.itineraries,
    sources: new Map(sources.map((r) => [r.id, r])),
  };
}

/** The sources that a snapshot's control periods and flows cite. */
export const snapshotSourceIds = (s: Snapshot) =>
  [...new Set([...[...s.control, ...s.flows].flatMap((c) => c.sources.map((x) => x.sourceId)), ...s.flows.flatMap((f) => (f.series ?? []).map((p) => p.source.sourceId))])];
