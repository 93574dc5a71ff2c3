import type { EventFeature } from '@/lib/data/features';
import { formatPeriod } from '@/lib/dates/format';
import { SourceQuote } from './source-quote';

const PRECISION_NOTE = {
  day: 'exact day',
  week: 'known only to the week',
  month: 'known only to the month',
  year: 'known only to the year',
} as const;

type Props = { event: EventFeature; showPlace: boolean };

/** One event: its date as exactly as it is known, status, summary and every source quote. */
export function EventCard({ event, showPlace }: Props) {
  const p = event.properties;
  return (
    <article className={`event-card status-${p.status}`} aria-labelledby={`event-${event.id}`} data-event={event.id}>
      <p className="event-meta">
        <time dateTime={p.date}>{formatPeriod(p.date, p.datePrecision, p.dateEnd)}</time>
        <span className="event-precision">
          {PRECISION_NOTE[p.datePrecision]} · the source says “{p.dateText}”
        </span>
      </p>
      <p className="event-tags">
        <span className={`tag category-${p.category}`}>{p.category}</span>
        {p.status === 'expected' ? <span className="tag tag-expected">Expected, not yet reported as happened</span> : <span className="tag">Reported</span>}
        {showPlace && <span className="tag tag-place">{p.placeName}</span>}
      </p>
      <h3 id={`event-${event.id}`}>{p.title}</h3>
      <p>{p.summary}</p>
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
