import type { GeoJSONSource } from 'maplibre-gl';
import { EventList } from '@/components/panel/event-list';
import { PlaceSubtitle } from '@/components/panel/place-subtitle';
import { useI18n } from '@/components/i18n/i18n-provider';
import { usePlaceCounts } from '@/lib/hooks/use-place-counts';
import { usePlaces } from '@/lib/hooks/use-places';
import { PLACE_LAYER_IDS } from '@/lib/map/place-layers';
import { defineLayer, type LayerLoad } from '../types';
import { PlacesOverview } from './places-overview';

/**
 * The places and their events so far (URL key `events`). The places themselves are the page's too
 * (every kind hangs off them); this asks for the same answer, which SWR fetches once.
 */
function usePlacesData(date: string, from: string | null): LayerLoad<Map<string, number>> {
  const { places, error, retry } = usePlaces();
  const { counts, loaded } = usePlaceCounts(date, from ?? undefined);
  return { data: counts, complete: Boolean(places) && loaded, error, retry };
}

function CityLegend() {
  const { t } = useI18n();
  return (
    <>
      <li>
        <span className="legend-swatch legend-place" aria-hidden="true" />
        {t('legendCity')}
      </li>
      <li>
        <span className="legend-swatch legend-area" aria-hidden="true" />
        {t('legendArea')}
      </li>
    </>
  );
}

/** Places with their event counts: markers (or clusters), the city list, and a place's events in the panel. */
export const placesLayer = defineLayer<Map<string, number>>({
  useData: usePlacesData,
  toggleLabel: 'layer_events',
  // The places fill the panel's lists too: their failure is said there.
  failure: { what: 'whatPlaces', shownIn: 'panel' },
  map: {
    load: () => import('./places-layer').then((m) => m.PlacesLayer),
    drawOrder: 3,
    interactiveLayerIds: [PLACE_LAYER_IDS.cluster, PLACE_LAYER_IDS.point],
    onFeatureClick: ({ feature, map, select, reducedMotion }) => {
      const p = feature.properties;
      if (p?.cluster && feature.geometry.type === 'Point') {
        // A cluster opens up: the map zooms to where it splits.
        const [lng, lat] = feature.geometry.coordinates;
        void (map.getSource('places') as GeoJSONSource).getClusterExpansionZoom(p.cluster_id).then((zoom) => map.easeTo({ center: [lng, lat], zoom, duration: reducedMotion ? 0 : 500 }));
      } else if (typeof p?.placeId === 'string') select('place', p.placeId);
    },
    daySources: ['places'],
  },
  legend: { label: 'legendCities', order: 1, Items: CityLegend },
  Overview: PlacesOverview,
  card: {
    selects: 'place',
    render: ({ id, scene: { places, date, from }, i18n: { t, lang } }) => {
      const place = places?.find((p) => p.id === id);
      const name = place && (place.properties.names[lang] ?? place.properties.name);
      return {
        title: (
          <>
            {place ? name : places ? id : t('loading')}
            {place && <PlaceSubtitle place={place} shownName={name!} />}
          </>
        ),
        body: place ? <EventList place={id} label={name!} date={date} from={from} total={place.properties.eventCount} /> : places && <p className="panel-status">{t('noSuchPlace', { id })}</p>,
      };
    },
  },
});
