import type { FeatureCollection, LineString } from 'geojson';
import type { FlowProperties } from '@/lib/data/flows';
import { useFlows } from '@/lib/hooks/use-movements';
import { COUNTRY_NAMES_AR } from '@/lib/map/country-names';
import { MOVEMENT_LAYER_IDS } from '@/lib/map/movement-layers';
import { defineLayer, type LayerLoad } from '../types';
import { FlowCard, FlowGone } from './flow-card';
import { FlowsLegend, FlowsOverview } from './flows-parts';

export type FlowCollection = FeatureCollection<LineString, FlowProperties>;

function useFlowsData(): LayerLoad<FlowCollection> {
  const { flows, error, retry } = useFlows();
  return { data: flows, complete: Boolean(flows), error, retry };
}

/** A flow end's name in the interface language: Arabic country names from the basemap's table. */
const endName = (end: { kind: string; name: string }, lang: string) => (lang === 'ar' && end.kind === 'country' ? (COUNTRY_NAMES_AR[end.name] ?? end.name) : end.name);

/** Flows of people: arrows on the map, listed in the overview, a flow's sourced figure in the panel. */
export const flowsLayer = defineLayer<FlowCollection>({
  useData: useFlowsData,
  toggleLabel: 'layer_flows',
  failure: { what: 'whatFlows', shownIn: 'map' },
  map: {
    load: () => import('./flow-layer').then((m) => m.FlowLayer),
    drawOrder: 1,
    interactiveLayerIds: [MOVEMENT_LAYER_IDS.flowLine, MOVEMENT_LAYER_IDS.flowHead, MOVEMENT_LAYER_IDS.flowLabel],
    onFeatureClick: ({ feature, select }) => {
      if (typeof feature.properties?.flowId === 'string') select('flow', feature.properties.flowId);
    },
  },
  legend: { label: 'legendFlows', order: 2, Items: FlowsLegend },
  Overview: FlowsOverview,
  card: {
    selects: 'flow',
    render: ({ id, data: flows, scene, i18n: { t, lang } }) => {
      const flow = flows?.features.find((f) => f.id === id);
      return {
        title: (
          <>
            {flow ? `${endName(flow.properties.origin, lang)} → ${endName(flow.properties.destination, lang)}` : id}
            <span className="panel-subtitle">{t('flowOfPeople')}</span>
          </>
        ),
        body: flow ? <FlowCard flow={flow} date={scene.date} /> : flows && <FlowGone id={id} />,
      };
    },
  },
});
