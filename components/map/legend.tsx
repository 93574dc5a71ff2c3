'use client';
import { useI18n } from '@/components/i18n/i18n-provider';
import { LAYERS_BY_LEGEND_ORDER, type LayerLoads } from '@/components/layers/registry';
import type { LayerId } from '@/lib/url/view-state';
import { MapDrawer } from './map-drawer';

/** Each kind's legend list, hidden with its layer: the holders and their colours, cities, flow widths, routes. Starts folded on narrow screens (or where `foldedOn` matches). */
export function Legend({ loads, layers, foldedOn }: { loads: LayerLoads; layers: LayerId[]; foldedOn?: string }) {
  const { t } = useI18n();
  return (
    <MapDrawer title={t('legend')} className="legend" foldedOn={foldedOn}>
      {LAYERS_BY_LEGEND_ORDER.map(({ id, legend: { label, Items } }) => (
        <ul key={id} aria-label={t(label)} hidden={!layers.includes(id)}>
          <Items data={loads[id].data} />
        </ul>
      ))}
    </MapDrawer>
  );
}
