'use client';
import type { ControlCollection } from '@/lib/hooks/use-control';
import { FLOW_LEGEND_MAGNITUDES, flowWidthPx } from '@/lib/geo/flow-arc';
import { actorColor, CONTROL_FILL_OPACITY } from '@/lib/map/control-layers';
import { MOVEMENT_COLORS } from '@/lib/map/movement-layers';
import type { LayerId } from '@/lib/url/view-state';
import { MapDrawer } from './map-drawer';
import { useI18n } from '@/components/i18n/i18n-provider';



/** Names the holders on the map and their colours, and the edge and hatch treatments. Starts folded on narrow screens. */
export function Legend({ control, layers }: { control: ControlCollection | undefined; layers: LayerId[] }) {
  const { t, locale } = useI18n();
  // "1M people" in English; Arabic spells the number in full rather than ICU's "٤ مليون".
  const compact = new Intl.NumberFormat(locale, locale.startsWith('ar') ? {} : { notation: 'compact', maximumFractionDigits: 1 });
  const features = control?.features ?? [];
  // An actor is marked inferred when every area it holds here is inferred rather than stated.
  const actors = new Map(features.map((f) => [f.properties.actor.id, { name: f.properties.actor.name, inferred: features.filter((g) => g.properties.actor.id === f.properties.actor.id).every((g) => g.properties.basis === 'inferred') }]));
  const approximate = features.some((f) => f.properties.geometryPrecision === 'approximate outline');
  return (
    <MapDrawer title={t('legend')} className="legend">
      <ul aria-label={t('legendWhoHolds')} hidden={!layers.includes('control')}>
        {[...actors].map(([id, { name, inferred }]) => (
          <li key={id} data-actor={id}>
            <span className="legend-swatch" style={{ background: actorColor(id), opacity: CONTROL_FILL_OPACITY + 0.2 }} aria-hidden="true" />
            {t('heldBy')} <span lang="en">{name}</span>
            {inferred && t('legendInferred')}
          </li>
        ))}
        <li>
          <span className="legend-swatch legend-changed" aria-hidden="true" />
          {t('legendChanged')}
        </li>
        <li>
          <span className="legend-swatch legend-hatch" aria-hidden="true" />
          {t('legendContested')}
        </li>
        {approximate && (
          <li>
            <span className="legend-swatch legend-approximate" aria-hidden="true" />
            {t('legendApproximate')}
          </li>
        )}
      </ul>
      <ul aria-label={t('legendCities')} hidden={!layers.includes('events')}>
        <li>
          <span className="legend-swatch legend-place" aria-hidden="true" />
          {t('legendCity')}
        </li>
      </ul>
      <ul aria-label={t('legendFlows')} hidden={!layers.includes('flows')}>
        {FLOW_LEGEND_MAGNITUDES.map((m) => (
          <li key={m}>
            <span className="legend-flow" style={{ height: flowWidthPx(m), background: MOVEMENT_COLORS.flow }} aria-hidden="true" />
            {t('legendPeople', { n: compact.format(m) })}
          </li>
        ))}
      </ul>
      <ul aria-label={t('legendRoutes')} hidden={!layers.includes('routes')}>
        <li>
          <span className="legend-route" style={{ borderColor: MOVEMENT_COLORS.route }} aria-hidden="true" />
          {t('legendRoute')}
        </li>
      </ul>
    </MapDrawer>
  );
}
