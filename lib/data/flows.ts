import type { Feature, FeatureCollection, LineString } from 'geojson';
import { flowArc, flowWidthPx } from '@/lib/geo/flow-arc';
import type { FlowEnd, FlowRecord, SeriesPoint } from '@/lib/schemas/movement';
import type { ResolvedCitation } from '@/lib/schemas/source';
import type { Situation } from '@/lib/store/situation';
import { resolveCitations } from './features';

type End = { kind: 'country' | 'place'; id: string; name: string; coordinates: [number, number] };

/** One year of a flow's series, its source resolved: the figure's quote one click from its document (GET /api/flows/{id}). */
export type FlowSeriesPoint = Omit<SeriesPoint, 'source'> & { source: ResolvedCitation };

/**
 * One year of a flow's series as the list of flows carries it (GET /api/flows): the figure and who
 * gives it, enough to draw and label the flow on any day. Each year's quote and source, a few
 * hundred bytes a year, come with the one flow (`flowDetail`): with UNHCR's table of a hundred
 * host countries the list would otherwise carry 700 kB to draw a handful of arrows.
 */
export type FlowSeriesFigure = Pick<SeriesPoint, 'year' | 'value'> & { sourceId: string; publisher: string };

export type FlowProperties = Omit<FlowRecord, 'id' | 'origin' | 'destination' | 'sources' | 'series'> & {
  origin: End;
  destination: End;
  /** Line width in pixels on the documented square-root scale (lib/geo/flow-arc.ts). */
  widthPx: number;
  sources: ResolvedCitation[];
  series?: FlowSeriesFigure[];
};

/** One flow with each year of its series sourced (GET /api/flows/{id}). */
export type FlowDetailProperties = Omit<FlowProperties, 'series'> & { series?: FlowSeriesPoint[] };

function resolveEnd(data: Situation, end: FlowEnd): End {
  if ('country' in end) {
    const c = data.countryByCode.get(end.country)!;
    return { kind: 'country', id: c.code, name: c.name, coordinates: c.anchor };
  }
  const p = data.placeById.get(end.placeId)!;
  return { kind: 'place', id: p.id, name: p.name, coordinates: p.coordinates };
}

/** An arc's points to 4 decimals (about 10 m): the arc is drawn, not measured, and the list stays small. */
const rounded = (line: LineString): LineString => ({ type: 'LineString', coordinates: line.coordinates.map(([x, y]) => [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4]) });

/** Each flow with its arc: two sources' figures for the same two ends stand side by side, each further flow bowing wider. */
function flowsWithArcs(data: Situation) {
  const drawnBetween = new Map<string, number>();
  return data.flows.map((f) => {
    const from = resolveEnd(data, f.origin);
    const to = resolveEnd(data, f.destination);
    const pair = `${from.kind}:${from.id}>${to.kind}:${to.id}`;
    const nth = drawnBetween.get(pair) ?? 0;
    drawnBetween.set(pair, nth + 1);
    // Flows bow clockwise (to the right of travel), the convention of flow maps.
    return { f, from, to, geometry: rounded(flowArc(from.coordinates, to.coordinates, { bend: -0.25 - 0.3 * nth })) };
  });
}

function flowFeatureOf(data: Situation, { f, from, to, geometry }: ReturnType<typeof flowsWithArcs>[number]) {
  // The record's origin and destination give way to their resolved ends.
  const { id, sources, series, ...rest } = f;
  return {
    type: 'Feature' as const,
    id,
    geometry,
    properties: { ...rest, origin: from, destination: to, widthPx: Math.round(flowWidthPx(f.magnitude.value) * 10) / 10, sources: resolveCitations(data.sources, sources) },
    series,
  };
}

/** Every flow as a curved LineString from origin to destination, with its sourced magnitude; a series as its figures. */
export function flowFeatures(data: Situation): FeatureCollection<LineString, FlowProperties> {
  const features = flowsWithArcs(data).map((arc): Feature<LineString, FlowProperties> => {
    const { series, ...feature } = flowFeatureOf(data, arc);
    const figures = series?.map((p) => ({ year: p.year, value: p.value, sourceId: p.source.sourceId, publisher: data.sources.get(p.source.sourceId)!.publisher }));
    return { ...feature, properties: { ...feature.properties, ...(figures && { series: figures }) } };
  });
  return { type: 'FeatureCollection', features };
}

/** One flow, each year of its series with its quote and source resolved; undefined when no flow has the id. */
export function flowDetail(data: Situation, id: string): Feature<LineString, FlowDetailProperties> | undefined {
  const arc = flowsWithArcs(data).find((a) => a.f.id === id);
  if (!arc) return undefined;
  const { series, ...feature } = flowFeatureOf(data, arc);
  return { ...feature, properties: { ...feature.properties, ...(series && { series: series.map((p) => ({ ...p, source: resolveCitations(data.sources, [p.source])[0] })) }) } };
}
