import type { Feature, FeatureCollection, LineString } from 'geojson';
import { flowArc, flowWidthPx } from '@/lib/geo/flow-arc';
import type { FlowEnd, FlowRecord } from '@/lib/schemas/movement';
import type { ResolvedCitation } from '@/lib/schemas/source';
import type { Situation } from '@/lib/store/situation';
import { resolveCitations } from './features';

type End = { kind: 'country' | 'place'; id: string; name: string; coordinates: [number, number] };

export type FlowProperties = Omit<FlowRecord, 'id' | 'origin' | 'destination' | 'sources'> & {
  origin: End;
  destination: End;
  /** Line width in pixels on the documented square-root scale (lib/geo/flow-arc.ts). */
  widthPx: number;
  sources: ResolvedCitation[];
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
  const features = data.flows.map((f): Feature<LineString, FlowProperties> & { id: string } => {
    const { id, origin, destination, sources, ...rest } = f;
    const from = resolveEnd(data, origin);
    const to = resolveEnd(data, destination);
    return {
      type: 'Feature',
      id,
      // Flows bow clockwise (to the right of travel), the convention of flow maps.
      geometry: flowArc(from.coordinates, to.coordinates, { bend: -0.25 }),
      properties: { ...rest, origin: from, destination: to, widthPx: Math.round(flowWidthPx(f.magnitude.value) * 10) / 10, sources: resolveCitations(data.sources, sources) },
    };
  });
  return { type: 'FeatureCollection', features };
}
