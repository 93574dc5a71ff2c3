import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { ControlPeriodRecord, DatedAs } from '@/lib/schemas/control';
import type { ResolvedCitation } from '@/lib/schemas/source';
import type { ControlPeriod, Situation } from '@/lib/store/situation';
import type { StoredArea as ControlArea } from '@/lib/store/validate';
import { actorRef, resolveCitations } from './features';

type ActorRef = { id: string; name: string };

/** One period of an area's history, as the API shows it. */
export type PeriodSummary = Pick<ControlPeriod, 'id' | 'status' | 'extent' | 'basis' | 'since' | 'until'> & { actor: ActorRef };

export type ControlProperties = Pick<ControlArea, 'name' | 'placeId' | 'geometryPrecision' | 'geometryNote' | 'areaKm2'> &
  PeriodSummary & {
    areaId: string;
    inference?: string;
    /** Corrections made at the desk to the period in force, oldest first. */
    corrections?: ControlPeriodRecord['corrections'];
    /** The period began on the date asked for: the area changed hands since the day before. */
    changedHands: boolean;
    sources: ResolvedCitation[];
    history: PeriodSummary[];
  };

export type ControlChangeProperties = Pick<ControlArea, 'name' | 'geometryPrecision' | 'areaKm2'> & {
  areaId: string;
  date: string;
  datePrecision: DatedAs['precision'];
  dateText: string;
  before: (ActorRef & { status: ControlPeriod['status'] }) | null;
  after: ActorRef & { status: ControlPeriod['status']; extent: string };
  sources: ResolvedCitation[];
};

/** Whether a period is in force on a day: from its start (or always, if unknown) until the next one starts. */
export function inForce(period: Pick<ControlPeriod, 'since' | 'until'>, date: string): boolean {
  return (!period.since || period.since.date <= date) && (!period.until || date < period.until.date);
}

const summary = (data: Situation, p: ControlPeriod): PeriodSummary => ({
  id: p.id, actor: actorRef(data, p.actor), status: p.status, extent: p.extent, basis: p.basis, since: p.since, until: p.until,
});

/** The areas in force on a day, each with who holds it, since when, its sources and its history. */
export function controlAreasAt(data: Situation, date: string): FeatureCollection<Polygon, ControlProperties> {
  const features: Feature<Polygon, ControlProperties>[] = [];
  for (const [areaId, periods] of data.periodsByArea) {
    const period = periods.find((p) => inForce(p, date));
    if (!period) continue;
    const { geometry, name, placeId, geometryPrecision, geometryNote, areaKm2 } = data.areaById.get(areaId)!;
    features.push({
      type: 'Feature',
      id: areaId,
      geometry,
      properties: {
        ...summary(data, period),
        areaId, name, placeId, geometryPrecision, geometryNote, areaKm2,
        inference: period.inference,
        ...(period.corrections && { corrections: period.corrections }),
        changedHands: period.since?.date === date && periods[0] !== period,
        sources: resolveCitations(data.sources, period.sources),
        history: periods.map((p) => summary(data, p)),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The areas that changed hands between two days (inclusive), with the holder before and after, by date. */
export function controlChanges(data: Situation, from: string, to: string): FeatureCollection<Polygon, ControlChangeProperties> {
  const features: Feature<Polygon, ControlChangeProperties>[] = [];
  for (const [areaId, periods] of data.periodsByArea) {
    const { geometry, name, geometryPrecision, areaKm2 } = data.areaById.get(areaId)!;
    periods.forEach((p, i) => {
      if (i === 0 || !p.since || p.since.date < from || p.since.date > to) return;
      const previous = periods[i - 1];
      features.push({
        type: 'Feature',
        id: p.id,
        geometry,
        properties: {
          areaId, name, geometryPrecision, areaKm2,
          date: p.since.date,
          datePrecision: p.since.precision,
          dateText: p.since.text,
          before: { ...actorRef(data, previous.actor), status: previous.status },
          after: { ...actorRef(data, p.actor), status: p.status, extent: p.extent },
          sources: resolveCitations(data.sources, p.sources),
        },
      });
    });
  }
  features.sort((a, b) => a.properties.date.localeCompare(b.properties.date) || String(a.id).localeCompare(String(b.id)));
  return { type: 'FeatureCollection', features };
}
