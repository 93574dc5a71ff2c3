'use client';
import { useMemo } from 'react';
import { useMapParts } from '@/components/map/map-parts';
import { useI18n } from '@/components/i18n/i18n-provider';
import { movementLabelPaint, routeLineLayer, routeStopLabelLayer, routeStopLayer } from '@/lib/map/movement-layers';
import { routeFeatures } from '@/lib/map/movement-render';
import type { MapLayerProps } from '../types';
import type { ItineraryCollection } from './entry';

/** Itineraries as dashed routes with numbered, dated stops, as far as they had gone by the timeline's day. */
export function RouteLayer({ data: itineraries, scene: { date, theme } }: MapLayerProps<ItineraryCollection>) {
  const { Layer, Source } = useMapParts();
  const { locale, t } = useI18n();
  const data = useMemo(() => {
    const shortDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    return routeFeatures(itineraries, date, (d) => shortDay.format(new Date(`${d}T00:00:00Z`)), (d) => t('expectedDay', { date: d }));
  }, [itineraries, date, locale, t]);
  return (
    <Source id="routes" type="geojson" data={data}>
      <Layer {...routeLineLayer} />
      <Layer {...routeStopLayer} />
      <Layer {...routeStopLabelLayer} paint={movementLabelPaint(theme, 'route')} />
    </Source>
  );
}
