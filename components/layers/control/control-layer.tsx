'use client';
import { useMemo } from 'react';
import { useMapParts } from '@/components/map/map-parts';
import { useSituation } from '@/components/situation/situation-context';
import type { ControlCollection } from '@/lib/hooks/use-control';
import { controlChangedLayer, controlFillLayer, controlHaloLayer, controlHatchLayer, controlOutlineExactLayer, controlOutlineLayer } from '@/lib/map/control-layers';
import { controlPlaceCollection, controlRenderCollection } from '@/lib/map/control-render';
import { LAYER_IDS } from '@/lib/map/style';
import type { MapLayerProps } from '../types';

/** Control areas coloured by holder, hatched when contested, edged thick when they just changed hands. */
export function ControlLayer({ data: control, scene: { places } }: MapLayerProps<ControlCollection>) {
  const { Layer, Source } = useMapParts();
  const { actorColors } = useSituation();
  const areas = useMemo(() => controlRenderCollection(control), [control]);
  const halos = useMemo(() => controlPlaceCollection(control, new Map(places.map((p) => [p.id, p.geometry.coordinates as [number, number]]))), [control, places]);
  const actorIds = useMemo(() => [...new Set(areas.features.map((f) => f.properties.actorId))], [areas]);
  const fill = useMemo(() => controlFillLayer(actorIds, actorColors), [actorIds, actorColors]);
  const halo = useMemo(() => controlHaloLayer(actorIds, actorColors), [actorIds, actorColors]);
  const beforeId = LAYER_IDS.countryLabels;
  return (
    <>
      <Source id="control" type="geojson" data={areas}>
        <Layer {...fill} beforeId={beforeId} />
        <Layer {...controlHatchLayer} beforeId={beforeId} />
        <Layer {...controlOutlineLayer} beforeId={beforeId} />
        <Layer {...controlOutlineExactLayer} beforeId={beforeId} />
        <Layer {...controlChangedLayer} beforeId={beforeId} />
      </Source>
      <Source id="control-places" type="geojson" data={halos}>
        <Layer {...halo} beforeId={beforeId} />
      </Source>
    </>
  );
}
