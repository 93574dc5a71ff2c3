import type { Feature, Polygon } from 'geojson';
import type { ControlProperties, PeriodSummary } from '@/lib/data/control';
import { formatPeriod } from '@/lib/dates/format';
import type { DatedAs } from '@/lib/schemas/control';
import { SourceQuote } from './source-quote';

const dated = (d: DatedAs) => `${formatPeriod(d.date, d.precision, d.date)} (the source says “${d.text}”)`;

function PeriodLine({ period }: { period: PeriodSummary }) {
  return (
    <>
      {period.actor.name}, {period.status}
      {period.basis === 'inferred' && ' (inferred)'}: {period.since ? `from ${formatPeriod(period.since.date, period.since.precision, period.since.date)}` : 'from a date the source does not give'}
      {period.until && ` until ${formatPeriod(period.until.date, period.until.precision, period.until.date)}`}
    </>
  );
}

/** A control area's sourced claim on the timeline's day: holder, since when, basis, outline and quotes. */
export function AreaCard({ area, date }: { area: Feature<Polygon, ControlProperties>; date: string }) {
  const p = area.properties;
  return (
    <article className="area-card" data-area={p.areaId}>
      <p className="area-holder">
        Held by <strong>{p.actor.name}</strong> · {p.status} · {p.extent}
        {p.changedHands && <span className="tag tag-changed">Changed hands this day</span>}
      </p>
      <dl className="area-facts">
        <dt>Since</dt>
        <dd>{p.since ? dated(p.since) : 'Not given by the source'}</dd>
        {p.until && (
          <>
            <dt>Until</dt>
            <dd>{dated(p.until)}</dd>
          </>
        )}
        <dt>Basis</dt>
        <dd>{p.basis === 'inferred' ? <>Inferred, not stated. {p.inference}</> : 'Reported by the source'}</dd>
        <dt>Outline</dt>
        <dd>
          {p.geometryPrecision}: {p.geometryNote} The outline covers {p.areaKm2.toLocaleString('en-GB')} km² (measured from it).
        </dd>
        <dt>On</dt>
        <dd>{formatPeriod(date, 'day', date)}</dd>
      </dl>
      {p.sources.map((source, i) => (
        <SourceQuote key={i} source={source} />
      ))}
      <h3 className="panel-section">History of this area</h3>
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
