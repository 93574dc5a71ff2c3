import type { ResolvedCitation } from '@/lib/schemas/source';
import { formatPeriod } from '@/lib/dates/format';

/** A verbatim quote with its publisher, date, credited outlet and a link that opens in a new tab. */
export function SourceQuote({ source }: { source: ResolvedCitation }) {
  return (
    <figure className="source-quote">
      <blockquote cite={source.url}>
        <p>“{source.quote}”</p>
      </blockquote>
      <figcaption>
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {source.publisher}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
        , {formatPeriod(source.published, 'day', source.published)}
        {source.attribution && <>, according to {source.attribution}</>}
      </figcaption>
    </figure>
  );
}
