import type { EventFeature } from '@/lib/data/features';
import { formatPeriod, htmlDateTime } from '@/lib/dates/format';
import { SourceQuote } from './source-quote';

const PRECISION_NOTE = {
  day: 'exact day',
  week: 'known only to the week',
  month: 'known only to the month',
  year: 'known only to the year',
} as const;

type Props = { event: EventFeature; showPlace: boolean; headingLevel: 3 | 4 };

/** One event: its date as exactly as it is known, status, summary and every source quote. */
export function EventCard({ event, showPlace, headingLevel }: Props) {
  const p = event.properties;
  const Heading = `h${headingLevel}` as const;
  return (
    <article className={`event-card status-${p.status}`} aria-labelledby={`event-${event.id}`} data-event={event.id}>
      <p className="event-meta">
        <time dateTime={htmlDateTime(p.date, p.datePrecision)}>{formatPeriod(p.date, p.datePrecision, p.dateEnd)}</time>
        <span className="event-precision" title={p.dateNote}>
          {PRECISION_NOTE[p.datePrecision]} · the source says “{p.dateText}”
        </span>
      </p>
      <p className="event-tags">
        <span className={`tag category-${p.category}`}>{p.category}</span>
        {p.status === 'expected' ? <span className="tag tag-expected">Expected, not yet reported as happened</span> : <span className="tag">Reported</span>}
        {showPlace && <span className="tag tag-place">{p.placeName}</span>}
      </p>
      <Heading id={`event-${event.id}`}>{p.title}</Heading>
      <p>{p.summary}</p>
      {p.dateNote && <p className="event-note">Date: {p.dateNote}</p>}
      {p.placeNote && <p className="event-note">Location: {p.placeNote}</p>}
      <p className="event-actors">
        <span className="visually-hidden">Actors: </span>
        {p.actors.map((a) => a.name).join(' · ')}
      </p>
      {p.sources.map((source, i) => (
        <SourceQuote key={i} source={source} />
      ))}
    </article>
  );
}
