import type { Feature, LineString } from 'geojson';
import type { FlowProperties } from '@/lib/data/flows';
import { formatPeriod } from '@/lib/dates/format';
import { SourceQuote } from './source-quote';

const QUALIFIER_NOTE: Record<FlowProperties['magnitude']['qualifier'], string> = {
  exactly: 'a count',
  about: 'an estimate',
  'up to': 'an upper bound, not a count',
  'at least': 'a lower bound, not a count',
  'more than': 'a lower bound, not a count',
};

/** A flow's sourced figure: who moved from where to where, how many, as of when, and the quote. */
export function FlowCard({ flow }: { flow: Feature<LineString, FlowProperties> }) {
  const p = flow.properties;
  return (
    <article className="flow-card" data-flow={flow.id}>
      <p className="flow-figure">
        <strong>{p.magnitude.text}</strong> {p.kind} · {p.origin.name} → {p.destination.name}
      </p>
      <dl className="area-facts">
        <dt>Figure</dt>
        <dd>
          {p.magnitude.qualifier} {p.magnitude.value.toLocaleString('en-GB')} {p.magnitude.unit}: {QUALIFIER_NOTE[p.magnitude.qualifier]}
        </dd>
        <dt>As of</dt>
        <dd>
          {formatPeriod(p.asOf.date, p.asOf.precision, p.asOf.date)} (the source says “{p.asOf.text}”)
        </dd>
        <dt>Drawn</dt>
        <dd>
          From {p.origin.name} to {p.destination.name}, between the countries’ label points; the arrow is {p.widthPx} px wide on the map’s square-root scale.
        </dd>
      </dl>
      {p.sources.map((source, i) => (
        <SourceQuote key={i} source={source} />
      ))}
    </article>
  );
}
