'use client';
import type { Feature, Polygon } from 'geojson';
import { useI18n } from '@/components/i18n/i18n-provider';
import type { ControlProperties, PeriodSummary } from '@/lib/data/control';
import { formatPeriod } from '@/lib/dates/format';
import type { DatedAs } from '@/lib/schemas/control';
import { Corrections } from '@/components/panel/corrections';
import { SourceQuote } from '@/components/panel/source-quote';

type T = ReturnType<typeof useI18n>['t'];
const dated = (d: DatedAs, t: T, locale: string) => (
  <>
    {formatPeriod(d.date, d.precision, d.date, locale)} ({t('sourceSays')} <q lang="en">{d.text}</q>)
  </>
);

function PeriodLine({ period }: { period: PeriodSummary }) {
  const { t, locale } = useI18n();
  return (
    <>
      <span lang="en">{period.actor.name}</span>
      {locale.startsWith('ar') ? '، ' : ', '}
      {t(`status_${period.status}`)}
      {period.basis === 'inferred' && t('inferredShort')}: {period.since ? t('fromDate', { date: formatPeriod(period.since.date, period.since.precision, period.since.date, locale) }) : t('fromUnknown')}
      {period.until && t('untilDate', { date: formatPeriod(period.until.date, period.until.precision, period.until.date, locale) })}
    </>
  );
}

/** A control area's sourced claim on the timeline's day: holder, since when, basis, outline and quotes. */
export function AreaCard({ area, date }: { area: Feature<Polygon, ControlProperties>; date: string }) {
  const { t, locale } = useI18n();
  const p = area.properties;
  return (
    <article className="area-card" data-area={p.areaId}>
      <p className="area-holder">
        {t('heldBy')} <strong lang="en">{p.actor.name}</strong> · {t(`status_${p.status}`)} · <span lang="en">{p.extent}</span>
        {p.changedHands && <span className="tag tag-changed">{t('changedThisDay')}</span>}
      </p>
      <dl className="area-facts">
        <dt>{t('since')}</dt>
        <dd>{p.since ? dated(p.since, t, locale) : t('notGiven')}</dd>
        {p.until && (
          <>
            <dt>{t('until')}</dt>
            <dd>{dated(p.until, t, locale)}</dd>
          </>
        )}
        <dt>{t('basis')}</dt>
        <dd>{p.basis === 'inferred' ? <>{t('inferredNotStated')} <span lang="en">{p.inference}</span></> : t('reportedBySource')}</dd>
        <dt>{t('outline')}</dt>
        <dd>
          <span lang="en">
            {p.geometryPrecision}: {p.geometryNote}
          </span>{' '}
          {t('outlineCovers', { n: p.areaKm2.toLocaleString(locale) })}
        </dd>
        <dt>{t('on')}</dt>
        <dd>{formatPeriod(date, 'day', date, locale)}</dd>
      </dl>
      <Corrections corrections={p.corrections} />
      {p.sources.map((source, i) => (
        <SourceQuote key={i} source={source} />
      ))}
      <h3 className="panel-section">{t('history')}</h3>
      <ol className="area-history">
        {p.history.map((period) => (
          <li key={period.id} aria-current={period.id === p.id ? 'true' : undefined}>
            <PeriodLine period={period} />
          </li>
        ))}
      </ol>
    </article>
  );
}
