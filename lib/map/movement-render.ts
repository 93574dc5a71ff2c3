import type { Feature, FeatureCollection, LineString, Point, Polygon } from 'geojson';
import type { FlowProperties, FlowSeriesFigure } from '@/lib/data/flows';
import type { LegProperties, StopProperties } from '@/lib/data/itineraries';
import { arrowhead, flowWidthPx, labelAnchor, pointAlong } from '@/lib/geo/flow-arc';
import { formatInteger } from '@/lib/i18n/numbers';

/** Where along its arc the label of a second, third… flow between the same ends goes. */
const LABEL_AT = [0.5, 0.72, 0.3];

type FlowRef = { flowId: string };

/**
 * The order in which flow labels claim their room (lower first): the selected flow, then the flows
 * stated in articles (the situation's own claims), then the datasets' by size, largest first.
 */
export function flowLabelRank(f: { id?: string | number; properties: Pick<FlowProperties, 'series' | 'widthPx'> }, selected?: string): number {
  if (selected !== undefined && String(f.id) === selected) return -2000;
  return (f.properties.series ? 0 : -1000) - f.properties.widthPx;
}

/** The arrowheads and label points of flows, derived from their arcs. */
export function flowDecorations(flows: FeatureCollection<LineString, FlowProperties>, selected?: string) {
  const heads: FeatureCollection<Polygon, FlowRef> = {
    type: 'FeatureCollection',
    features: flows.features.map((f) => ({
      type: 'Feature',
      geometry: arrowhead(f.geometry, { lengthKm: 25 + f.properties.widthPx * 5, widthKm: 20 + f.properties.widthPx * 6 }),
      properties: { flowId: String(f.id) },
    })),
  };
  const sharing = new Map<string, number>();
  const labels: FeatureCollection<Point, FlowRef & { label: string; rank: number }> = {
    type: 'FeatureCollection',
    features: flows.features.map((f) => {
      // Flows between the same two ends (two sources' figures) label at different points along their arcs, so both stay readable.
      const pair = `${f.properties.origin.kind}:${f.properties.origin.id}>${f.properties.destination.kind}:${f.properties.destination.id}`;
      const nth = sharing.get(pair) ?? 0;
      sharing.set(pair, nth + 1);
      return { type: 'Feature', geometry: nth === 0 ? labelAnchor(f.geometry) : pointAlong(f.geometry, LABEL_AT[nth % LABEL_AT.length]), properties: { flowId: String(f.id), label: f.properties.label, rank: flowLabelRank(f, selected) } };
    }),
  };
  return { heads, labels };
}

/** The flows with their id among the properties (MapLibre styles and clicks read properties). */
export function flowLines(flows: FeatureCollection<LineString, FlowProperties>): FeatureCollection<LineString, FlowRef & { widthPx: number }> {
  return {
    type: 'FeatureCollection',
    features: flows.features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { flowId: String(f.id), widthPx: f.properties.widthPx } })),
  };
}

/** A stop's label as of a day: "2 · 1 Dec", with "2 Dec expected" for announced events by then. */
export function stopLabel(stop: StopProperties, day: string, formatDay: (date: string) => string, expectedDay = (d: string) => `${d} expected`): string {
  const end = stop.dateEnd <= day ? stop.dateEnd : stop.date;
  const expected = stop.expectedDates.filter((d) => d <= day);
  return [
    `${stop.number} · ${formatDay(stop.date)}${end !== stop.date ? `–${formatDay(end)}` : ''}`,
    ...expected.map((d) => expectedDay(formatDay(d))),
  ].join(' · ');
}

/**
 * Itinerary features as of a day, flattened for drawing: legs and stops reached by then (nothing
 * is drawn before the source reports it), stops labelled with stopLabel.
 */
export function routeFeatures(
  itineraries: FeatureCollection<Point | LineString, StopProperties | LegProperties>,
  day: string,
  formatDay: (date: string) => string,
  expectedDay?: (formatted: string) => string,
): FeatureCollection<Point | LineString, { featureType: string; placeId?: string; stopLabel?: string }> {
  return {
    type: 'FeatureCollection',
    features: itineraries.features
      .filter((f) => f.properties.date <= day)
      .map((f) => ({
        type: 'Feature',
        geometry: f.geometry,
        properties: f.properties.featureType === 'stop' ? { featureType: 'stop', placeId: f.properties.placeId, stopLabel: stopLabel(f.properties, day, formatDay, expectedDay) } : { featureType: 'leg' },
      })),
  };
}

/** The year of a flow's series in force on a day: the latest whose end (31 December) is on or before it, never a later one. */
export function seriesPointOn<P extends { year: number }>(series: readonly P[], day: string): P | undefined {
  let found: P | undefined;
  for (const p of series) if (`${String(p.year).padStart(4, '0')}-12-31` <= day && (!found || p.year > found.year)) found = p;
  return found;
}

const KIND_WORDS: Record<FlowProperties['kind'], string> = { refugees: 'refugees', 'internally-displaced': 'internally displaced people', migrants: 'migrants' };

/** A flow's label for one year of its series, in the data's language: "3,214,780 refugees from Syria in Turkey, end of 2023 (UNHCR)". */
export function seriesLabel(p: FlowProperties, point: FlowSeriesFigure): string {
  return `${formatInteger('en-GB', point.value)} ${KIND_WORDS[p.kind]} from ${p.origin.name} in ${p.destination.name}, end of ${point.year} (${point.publisher})`;
}

/** A flow as it stands on a day: with the number of people it counts that day. */
export type FlowOnDay = FlowProperties & { people: number };

/**
 * The flows whose figure the source gives by a day, as they stand that day: a flow with a yearly
 * series carries the figure of the year in force (its label names the year, its width follows
 * it); one whose year in force counted nobody is not drawn.
 */
export function flowsOn(flows: FeatureCollection<LineString, FlowProperties>, day: string): FeatureCollection<LineString, FlowOnDay> {
  return {
    ...flows,
    features: flows.features.flatMap((f) => {
      const { series } = f.properties;
      if (!series) return f.properties.asOf.date <= day ? [{ ...f, properties: { ...f.properties, people: f.properties.magnitude.value } }] : [];
      const point = seriesPointOn(series, day);
      if (!point || point.value === 0) return [];
      return [{ ...f, properties: { ...f.properties, people: point.value, label: seriesLabel(f.properties, point), widthPx: Math.round(flowWidthPx(point.value) * 10) / 10 } }];
    }),
  };
}

/**
 * Flows of fewer people than this (on the shown day) are listed but not drawn, unless selected: a
 * table of every country hosting refugees from one (UNHCR's Syria-origin table) has over a
 * hundred, most of a few dozen people, and even the twenty of 10,000 or more hid the region's
 * own story under their arcs; the largest hosts make the picture.
 */
export const MIN_DRAWN_PEOPLE = 100_000;

/** The flows of a day split into those drawn (large enough, or selected) and the smaller ones, each largest first. */
export function drawnFlows(shown: FeatureCollection<LineString, FlowOnDay>, selected?: string) {
  const drawn: Feature<LineString, FlowOnDay>[] = [];
  const smaller: Feature<LineString, FlowOnDay>[] = [];
  for (const f of shown.features) (f.properties.people >= MIN_DRAWN_PEOPLE || (selected !== undefined && f.id === selected) ? drawn : smaller).push(f);
  const largest = (a: Feature<LineString, FlowOnDay>, b: Feature<LineString, FlowOnDay>) => b.properties.people - a.properties.people;
  return { drawn: { ...shown, features: drawn.sort(largest) }, smaller: smaller.sort(largest) };
}
