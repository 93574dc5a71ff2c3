'use client';
import { useEvents } from '@/lib/hooks/use-events';
import { EventCard } from './event-card';
import { LoadFailure } from './load-failure';
import { countLabel } from './place-subtitle';

type Props = { place?: string; label: string; date: string; total: number };

/** The events of one place (or of all) up to the timeline's day, with loading, failure and hidden-later states. */
export function EventList({ place, label, date, total }: Props) {
  const { events, error, isLoading, retry } = useEvents({ place, to: date });
  // A failed call never blanks what the reader already has: the last events loaded stay, marked.
  const failure = error && <LoadFailure what={`the events for ${label} on this date`} error={error} onRetry={retry} kept={Boolean(events)} />;
  if (error && !events) return failure;
  if (isLoading && !events) return <p role="status" className="panel-status">Loading events for {label}…</p>;
  if (!events) return null;
  const later = total - events.length;
  return (
    <>
      {failure}
      {events.length === 0 && <p className="panel-status">No events recorded for {label} by this date.</p>}
      {events.length > 0 && (
        <ol className="event-list" aria-label={`Events, ${label}`}>
          {events.map((event) => (
            <li key={event.id}>
              <EventCard event={event} showPlace={!place} headingLevel={place ? 3 : 4} />
            </li>
          ))}
        </ol>
      )}
      {later > 0 && (
        <p className="panel-status later-events">
          {countLabel(later)} after this date {later === 1 ? 'is' : 'are'} hidden: move the timeline forward to see {later === 1 ? 'it' : 'them'}.
        </p>
      )}
    </>
  );
}
