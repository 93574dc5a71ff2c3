import type { Feature, FeatureCollection, LineString } from 'geojson';
import { flowArc, flowWidthPx } from '@/lib/geo/flow-arc';
import type { FlowEnd, FlowRecord, SeriesPoint } from '@/lib/schemas/movement';
import type { ResolvedCitation } from '@/lib/schemas/source';
import type { Situation } from '@/lib/store/situation';
import { resolveCitations } from './features';

type End = { kind: 'country' | 'place'; id: string; name: string; coordinates: [number, number] };

/** One year of a flow's series, its source resolved: the figure's quote one click from its document. */
export type FlowSeriesPoint = Omit<SeriesPoint, 'source'> & { source: ResolvedCitation };

export type FlowProperties = Omit<FlowRecord, 'id' | 'origin' | 'destination' | 'sources' | 'series'> & {
  origin: End;
  destination: End;
  /** Line width in pixels on the documented square-root scale (lib/geo/flow-arc.ts). */
  widthPx: number;
  sources: ResolvedCitation[];
  series?: FlowSeriesPoint[];
};

function resolveEnd(data: Situation, end: FlowEnd): End {
  if ('country' in end) {
    const c = data.countryByCode.get(end.country)!;
    return { kind: 'country', id: c.code, name: c.name, coordinates: c.anchor };
  }
  const p = data.placeById.get(end.placeId)!;
  return { kind: 'place', id: p.id, name: p.name, coordinates: p.coordinates };
}

/** Every flow as a curved LineString from origin to destination, with its sourced magnitude. */
export function flowFeatures(data: Situation): FeatureCollection<LineString, FlowProperties> {
  const drawnBetween = new Map<string, number>();
  const features = data.flows.map((f): Feature<LineString, FlowProperties> & { id: string } => {
    const { id, origin, destination, sources, series, ...rest } = f;
    const from = resolveEnd(data, origin);
    const to = resolveEnd(data, destination);
    // Two sources' figures for the same two ends stand side by side: each further flow bows wider.
    const pair = `${from.kind}:${from.id}>${to.kind}:${to.id}`;
    const nth = drawnBetween.get(pair) ?? 0;
    drawnBetween.set(pair, nth + 1);
    return {
      type: 'Feature',
      id,
      // Flows bow clockwise (to the right of travel), the convention of flow maps.
      geometry: flowArc(from.coordinates, to.coordinates, { bend: -0.25 - 0.3 * nth }),
      properties: {
        ...rest,
        origin: from,
        destination: to,
        widthPx: Math.round(flowWidthPx(f.magnitude.value) * 10) / 10,
        sources: resolveCitations(data.sources, sources),
        ...(series && { series: series.map((p) => ({ ...p, source: resolveCitations(data.sources, [p.source])[0] })) }),
      },
    };
  });
  return { type: 'FeatureCollection', features };
}
