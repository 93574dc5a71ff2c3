'use client';
import { useI18n } from '@/components/i18n/i18n-provider';
import { FLOW_LEGEND_MAGNITUDES, flowWidthPx } from '@/lib/geo/flow-arc';
import { MOVEMENT_COLORS } from '@/lib/map/movement-layers';
import { drawnFlows, flowsOn, MIN_DRAWN_PEOPLE, type FlowOnDay } from '@/lib/map/movement-render';
import type { Feature, LineString } from 'geojson';
import type { Scene } from '../types';
import type { FlowCollection } from './entry';
import { formatCompact, formatInteger } from '@/lib/i18n/numbers';

/** The legend's arrow widths for a few numbers of people, and what is not drawn. */
export function FlowsLegend() {
  const { t, locale } = useI18n();
  return (
    <>
      {FLOW_LEGEND_MAGNITUDES.map((m) => (
        <li key={m}>
          <span className="legend-flow" style={{ height: flowWidthPx(m), background: MOVEMENT_COLORS.flow }} aria-hidden="true" />
          {t('legendPeople', { n: formatCompact(locale, m) })}
        </li>
      ))}
      <li className="legend-note">{t('legendFlowsSmaller', { n: formatCompact(locale, MIN_DRAWN_PEOPLE) })}</li>
    </>
  );
}

/**
 * The overview's flows given by the timeline's day (as on the map), each a button that opens its
 * figure; the smaller ones, not drawn, folded away under a count, largest first.
 */
export function FlowsOverview({ data: flows, scene: { date, select } }: { data: FlowCollection | undefined; scene: Scene }) {
  const { t, locale } = useI18n();
  if (!flows) return null;
  const { drawn, smaller } = drawnFlows(flowsOn(flows, date));
  if (drawn.features.length + smaller.length === 0) return null;
  const item = (f: Feature<LineString, FlowOnDay>) => (
    <li key={String(f.id)}>
      <button type="button" onClick={() => select('flow', String(f.id))} lang="en" data-select={`list-flow:${f.id}`}>
        {f.properties.label}
      </button>
    </li>
  );
  return (
    <>
      <ul className="place-list" aria-label={t('flows')}>
        {drawn.features.map(item)}
      </ul>
      {smaller.length > 0 && (
        <details className="smaller-flows">
          <summary>{t('smallerFlows', { count: formatInteger(locale, smaller.length), n: formatCompact(locale, MIN_DRAWN_PEOPLE) })}</summary>
          <ul className="place-list" aria-label={t('smallerFlowsList')}>
            {smaller.map(item)}
          </ul>
        </details>
      )}
    </>
  );
}
