'use client';
import { useMemo } from 'react';
import { useMapParts } from '@/components/map/map-parts';
import { useI18n } from '@/components/i18n/i18n-provider';
import { formatDay } from '@/lib/dates/format';
import { movementLabelPaint, routeLineLayer, routeStopLabelLayer, routeStopLayer } from '@/lib/map/movement-layers';
import { routeFeatures } from '@/lib/map/movement-render';
import type { MapLayerProps } from '../types';
import type { ItineraryCollection } from './entry';

/** Itineraries as dashed routes with numbered, dated stops, as far as they had gone by the timeline's day. */
export function RouteLayer({ data: itineraries, scene: { date, theme } }: MapLayerProps<ItineraryCollection>) {
  const { Layer, Source } = useMapParts();
  const { locale, t } = useI18n();
  const data = useMemo(() => {
    return routeFeatures(itineraries, date, (d) => formatDay(d, 'dayMonth', locale), (d) => t('expectedDay', { date: d }));
  }, [itineraries, date, locale, t]);
  return (
    <Source id="routes" type="geojson" data={data}>
      <Layer {...routeLineLayer} />
      <Layer {...routeStopLayer} />
      <Layer {...routeStopLabelLayer} paint={movementLabelPaint(theme, 'route')} />
    </Source>
  );
}
