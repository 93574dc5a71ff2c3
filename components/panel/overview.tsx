'use client';
import { useI18n } from '@/components/i18n/i18n-provider';
import { LAYER_REGISTRY, type LayerLoads } from '@/components/layers/registry';
import type { Scene } from '@/components/layers/types';
import { EventList } from './event-list';

/** Everything the map shows, as lists: each kind's (places, areas, flows, routes…), then the events up to the date. */
export function Overview({ scene, loads }: { scene: Scene; loads: LayerLoads }) {
  const { t } = useI18n();
  const total = scene.places?.reduce((n, p) => n + p.properties.eventCount, 0) ?? 0;
  return (
    <>
      {LAYER_REGISTRY.map(({ id, Overview: KindOverview }) => KindOverview && <KindOverview key={id} data={loads[id].data} scene={scene} />)}
      <h3 className="panel-section">{t(scene.from ? 'eventsInSpan' : 'eventsUpToDate')}</h3>
      <EventList label={t('allPlaces')} date={scene.date} from={scene.from} total={total} />
    </>
  );
}
