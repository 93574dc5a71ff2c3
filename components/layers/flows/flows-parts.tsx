'use client';
import { useI18n } from '@/components/i18n/i18n-provider';
import { FLOW_LEGEND_MAGNITUDES, flowWidthPx } from '@/lib/geo/flow-arc';
import { MOVEMENT_COLORS } from '@/lib/map/movement-layers';
import { flowsOn } from '@/lib/map/movement-render';
import type { Scene } from '../types';
import type { FlowCollection } from './entry';

/** The legend's arrow widths for a few numbers of people. */
export function FlowsLegend() {
  const { t, locale } = useI18n();
  // "1M people" in English; Arabic spells the number in full rather than ICU's "٤ مليون".
  const compact = new Intl.NumberFormat(locale, locale.startsWith('ar') ? {} : { notation: 'compact', maximumFractionDigits: 1 });
  return FLOW_LEGEND_MAGNITUDES.map((m) => (
    <li key={m}>
      <span className="legend-flow" style={{ height: flowWidthPx(m), background: MOVEMENT_COLORS.flow }} aria-hidden="true" />
      {t('legendPeople', { n: compact.format(m) })}
    </li>
  ));
}

/** The overview's flows given by the timeline's day (as on the map), each a button that opens its figure. */
export function FlowsOverview({ data: flows, scene: { date, select } }: { data: FlowCollection | undefined; scene: Scene }) {
  const { t } = useI18n();
  const shown = flows ? flowsOn(flows, date) : undefined;
  if (!shown || shown.features.length === 0) return null;
  return (
    <ul className="place-list" aria-label={t('flows')}>
      {shown.features.map((f) => (
        <li key={String(f.id)}>
          <button type="button" onClick={() => select('flow', String(f.id))} lang="en" data-select={`list-flow:${f.id}`}>
            {f.properties.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
