import { useControl, type ControlCollection } from '@/lib/hooks/use-control';
import { CONTROL_LAYER_IDS, HATCH_IMAGE, hatchImage } from '@/lib/map/control-layers';
import { defineLayer, type LayerLoad } from '../types';
import { AreaCard } from './area-card';
import { ControlLegend } from './control-legend';
import { ControlOverview } from './control-overview';

/** Who holds which area on the timeline's day; the previous day's stay shown (kept) while the next loads. */
function useControlData(date: string): LayerLoad<ControlCollection> {
  const { control, error, retry } = useControl(date);
  return { data: control, complete: Boolean(control), error, retry, kept: Boolean(control) };
}

/** Control areas: coloured by holder on the map, listed in the overview, an area's sourced claim in the panel. */
export const controlLayer = defineLayer<ControlCollection>({
  useData: useControlData,
  toggleLabel: 'layer_control',
  failure: { what: 'whatControl', shownIn: 'map' },
  map: {
    load: () => import('./control-layer').then((m) => m.ControlLayer),
    drawOrder: 0,
    interactiveLayerIds: [CONTROL_LAYER_IDS.fill, CONTROL_LAYER_IDS.halo],
    onFeatureClick: ({ feature, select }) => {
      if (typeof feature.properties?.areaId === 'string') select('area', feature.properties.areaId);
    },
    images: { [HATCH_IMAGE]: hatchImage },
    daySources: ['control', 'control-places'],
  },
  legend: { label: 'legendWhoHolds', order: 0, Items: ControlLegend },
  Overview: ControlOverview,
  card: {
    selects: 'area',
    render: ({ id, data: control, scene: { places, date }, i18n: { t, lang } }) => {
      // While the new day's control loads, the previous day's must not be shown as this day's.
      const today = control?.date === date ? control : undefined;
      const area = today?.features.find((f) => f.properties.areaId === id);
      return {
        title: (
          <>
            {(area && places?.find((p) => p.id === area.properties.placeId)?.properties.names[lang]) ?? area?.properties.name ?? id}
            <span className="panel-subtitle">{t('whoHoldsIt')}</span>
          </>
        ),
        body: area ? (
          <AreaCard area={area} date={date} />
        ) : today ? (
          <p className="panel-status">{t('noControl', { id })}</p>
        ) : (
          <p role="status" className="panel-status">{t('loadingControl')}</p>
        ),
      };
    },
  },
});
