'use client';
import { useState } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import { dir } from '@/lib/i18n/messages';
import { SourceQuote } from '@/components/panel/source-quote';
import type { FlowSeriesFigure } from '@/lib/data/flows';
import { useFlowDetail } from '@/lib/hooks/use-movements';
import { seriesPointOn } from '@/lib/map/movement-render';
import { numberFormat, formatInteger } from '@/lib/i18n/numbers';

const W = 300;
const H = 110;
const TOP = 6;
const BOTTOM = 18;

/**
 * A flow's yearly series as a small bar chart (inline SVG, for the eye) and a table (the same
 * figures as text, for everyone): the year in force on the shown date is marked, and each year's
 * source is one click away (its row quoted, with a link to the dataset). Years run with the page's
 * direction, as the timeline does: right to left in Arabic. The figures come with the list of
 * flows; each year's quote and source with the flow itself (GET /api/flows/{id}), asked for here.
 */
export function FlowSeries({ flowId, series, date }: { flowId: string; series: FlowSeriesFigure[]; date: string }) {
  const { t, locale, lang } = useI18n();
  const { flow: detail, error } = useFlowDetail(flowId);
  const rtl = dir(lang) === 'rtl';
  const inForce = seriesPointOn(series, date);
  const [picked, setPicked] = useState<number | undefined>();
  const shown = series.find((p) => p.year === picked) ?? inForce ?? series.at(-1)!;
  const sourced = detail?.properties.series?.find((p) => p.year === shown.year);
  const first = series[0].year;
  const last = series.at(-1)!.year;
  const max = Math.max(...series.map((p) => p.value), 1);
  const slot = W / (last - first + 1);
  /** Where a year's slot starts, from the left: from the right in a right-to-left page. */
  const slotAt = (year: number) => (rtl ? W - (year - first + 1) * slot : (year - first) * slot);
  const n = (v: number) => formatInteger(locale, v);
  const y = (year: number) => numberFormat(locale, { useGrouping: false }).format(year);
  return (
    <section className="flow-series" aria-labelledby={`series-${flowId}`}>
      <h3 id={`series-${flowId}`}>{t('seriesTitle')}</h3>
      {/* Drawn in absolute positions (direction ltr), each year placed by slotAt. */}
      <svg viewBox={`0 0 ${W} ${H}`} className="series-chart" aria-hidden="true" data-series-chart={flowId} direction="ltr">
        {series.map((p) => {
          const h = ((H - TOP - BOTTOM) * p.value) / max;
          const later = `${p.year}-12-31` > date;
          return (
            <rect
              key={p.year}
              x={slotAt(p.year) + slot * 0.15}
              y={H - BOTTOM - h}
              width={slot * 0.7}
              height={Math.max(h, 0.5)}
              className={`series-bar${p === inForce ? ' series-in-force' : ''}${later ? ' series-later' : ''}${p === shown ? ' series-picked' : ''}`}
              data-year={p.year}
              onClick={() => setPicked(p.year)}
            />
          );
        })}
        <text x={rtl ? W : 0} y={H - 4} textAnchor={rtl ? 'end' : 'start'} className="series-axis">{y(first)}</text>
        <text x={rtl ? 0 : W} y={H - 4} textAnchor={rtl ? 'start' : 'end'} className="series-axis">{y(last)}</text>
      </svg>
      <div className="series-table-wrap">
        <table className="series-table">
          <caption className="visually-hidden">{t('seriesCaption', { first: y(first), last: y(last) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('seriesYear')}</th>
              <th scope="col">{t('seriesFigure')}</th>
              <th scope="col">{t('seriesSource')}</th>
            </tr>
          </thead>
          <tbody>
            {[...series].reverse().map((p) => (
              <tr key={p.year} className={p === inForce ? 'series-in-force' : undefined} aria-current={p === inForce ? 'date' : undefined}>
                <th scope="row">{y(p.year)}</th>
                <td>
                  {n(p.value)}
                  {p === inForce && <span className="series-note"> · {t('seriesInForce')}</span>}
                </td>
                <td>
                  <button type="button" className="series-source" aria-pressed={p === shown} onClick={() => setPicked(p.year)} aria-label={t('seriesShowSource', { year: y(p.year) })}>
                    {t('seriesSourceButton')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="series-quote" aria-live="polite" data-series-year={shown.year}>
        <p className="series-note">{t('seriesSourceOf', { year: y(shown.year), n: n(shown.value) })}</p>
        {sourced ? <SourceQuote source={sourced.source} /> : <p className="series-note">{error ? t('seriesSourceFailed') : t('loading')}</p>}
      </div>
    </section>
  );
}
