'use client';
import type { Feature, LineString } from 'geojson';
import { useI18n } from '@/components/i18n/i18n-provider';
import type { FlowProperties } from '@/lib/data/flows';
import { FetchError } from '@/lib/api/fetch-json';
import { formatPeriod } from '@/lib/dates/format';
import { useFlowDetail } from '@/lib/hooks/use-movements';
import { flowsOn } from '@/lib/map/movement-render';
import { Corrections } from '@/components/panel/corrections';
import { SourceQuote } from '@/components/panel/source-quote';
import { FlowSeries } from './flow-series';

/** A flow's sourced figure: who moved from where to where, how many, as of when, and the quote; a yearly series as a chart and table. */
export function FlowCard({ flow, date }: { flow: Feature<LineString, FlowProperties>; date: string }) {
  const { t, locale } = useI18n();
  const p = flow.properties;
  // A flow with a series is drawn by the year in force on the shown date (lib/map/movement-render.ts).
  const drawnPx = flowsOn({ type: 'FeatureCollection', features: [flow] }, date).features[0]?.properties.widthPx ?? p.widthPx;
  return (
    <article className="flow-card" data-flow={flow.id}>
      <p className="flow-figure" lang="en">
        <strong>{p.magnitude.text}</strong> {p.kind} · {p.origin.name} → {p.destination.name}
      </p>
      <dl className="area-facts">
        <dt>{t('figure')}</dt>
        <dd>
          <span lang="en">
            {p.magnitude.qualifier} {p.magnitude.value.toLocaleString('en-GB')} {p.magnitude.unit}
          </span>
          : {t(`qualifier_${p.magnitude.qualifier}`)}
        </dd>
        <dt>{t('asOf')}</dt>
        <dd>
          {formatPeriod(p.asOf.date, p.asOf.precision, p.asOf.date, locale)} ({t('sourceSays')} <q lang="en">{p.asOf.text}</q>)
        </dd>
        <dt>{t('drawn')}</dt>
        <dd>{t('drawnNote', { from: p.origin.name, to: p.destination.name, px: drawnPx })}</dd>
      </dl>
      <Corrections corrections={p.corrections} />
      {p.sources.map((source, i) => (
        <SourceQuote key={i} source={source} />
      ))}
      {p.series && <FlowSeries flowId={String(flow.id)} series={p.series} date={date} />}
    </article>
  );
}

/**
 * A flow's link when the list no longer has it: a retracted flow keeps its public notice there (the
 * day and the reason, GET /api/flows/{id} answering 410); otherwise no flow has the id.
 */
export function FlowGone({ id }: { id: string }) {
  const { t } = useI18n();
  const { flow, error } = useFlowDetail(id);
  if (!flow && !error) return <p className="panel-status">{t('loading')}</p>;
  if (error instanceof FetchError && error.status === 410 && error.serverMessage)
    return (
      <p className="panel-status flow-retracted" role="status">
        {t('flowRetracted')} <span lang="en">{error.serverMessage}</span>
      </p>
    );
  return <p className="panel-status">{t('noSuchFlow', { id })}</p>;
}
