'use client';
import { useMemo } from 'react';
import { useMapParts } from '@/components/map/map-parts';
import { flowHeadLayer, flowLabelLayer, flowLineLayer, movementLabelPaint } from '@/lib/map/movement-layers';
import { drawnFlows, flowDecorations, flowLines, flowsOn } from '@/lib/map/movement-render';
import { LAYER_IDS } from '@/lib/map/style';
import type { MapLayerProps } from '../types';
import type { FlowCollection } from './entry';

// Under the country names, so that an arrow ending at a country's label point leaves it readable,
// and a flow's label gives way to a country's name.
const beforeId = LAYER_IDS.countryLabels;

/**
 * Flows as arrows whose width scales with their magnitude, labelled with their sourced figure, from
 * the day the source gives it; the small ones (lib/map/movement-render.ts) only when selected.
 */
export function FlowLayer({ data: all, scene: { date, theme, selected } }: MapLayerProps<FlowCollection>) {
  const { Layer, Source } = useMapParts();
  const flows = useMemo(() => drawnFlows(flowsOn(all, date), selected.flow ?? undefined).drawn, [all, date, selected.flow]);
  const lines = useMemo(() => flowLines(flows), [flows]);
  const { heads, labels } = useMemo(() => flowDecorations(flows, selected.flow ?? undefined), [flows, selected.flow]);
  return (
    <>
      <Source id="flows" type="geojson" data={lines}>
        <Layer {...flowLineLayer} beforeId={beforeId} />
      </Source>
      <Source id="flow-heads" type="geojson" data={heads}>
        <Layer {...flowHeadLayer} beforeId={beforeId} />
      </Source>
      <Source id="flow-labels" type="geojson" data={labels}>
        <Layer {...flowLabelLayer} paint={movementLabelPaint(theme, 'flow')} beforeId={beforeId} />
      </Source>
    </>
  );
}
