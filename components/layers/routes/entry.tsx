import type { FeatureCollection, LineString, Point } from 'geojson';
import { useI18n } from '@/components/i18n/i18n-provider';
import type { LegProperties, StopProperties } from '@/lib/data/itineraries';
import { useItineraries } from '@/lib/hooks/use-movements';
import { MOVEMENT_COLORS, MOVEMENT_LAYER_IDS } from '@/lib/map/movement-layers';
import { defineLayer, type LayerLoad } from '../types';
import { RoutesOverview } from './routes-overview';

export type ItineraryCollection = FeatureCollection<Point | LineString, StopProperties | LegProperties>;

function useRoutesData(): LayerLoad<ItineraryCollection> {
  const { itineraries, error, retry } = useItineraries();
  return { data: itineraries, complete: Boolean(itineraries), error, retry };
}

function RouteLegend() {
  const { t } = useI18n();
  return (
    <li>
      <span className="legend-route" style={{ borderColor: MOVEMENT_COLORS.route }} aria-hidden="true" />
      {t('legendRoute')}
    </li>
  );
}

/** People's routes: dashed legs and numbered stops on the map, the stops in the overview; a stop opens its city. */
export const routesLayer = defineLayer<ItineraryCollection>({
  useData: useRoutesData,
  toggleLabel: 'layer_routes',
  failure: { what: 'whatRoutes', shownIn: 'map' },
  map: {
    load: () => import('./route-layer').then((m) => m.RouteLayer),
    drawOrder: 2,
    interactiveLayerIds: [MOVEMENT_LAYER_IDS.routeStop, MOVEMENT_LAYER_IDS.routeStopLabel],
    onFeatureClick: ({ feature, select }) => {
      if (typeof feature.properties?.placeId === 'string') select('place', feature.properties.placeId);
    },
  },
  legend: { label: 'legendRoutes', order: 3, Items: RouteLegend },
  Overview: RoutesOverview,
});
