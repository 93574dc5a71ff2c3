'use client';
import { useEvents } from '@/lib/hooks/use-events';
import { EventCard } from './event-card';
import { LoadFailure } from './load-failure';

/** The events of one place (or of all places), with visible loading and failure states. */
export function EventList({ place, label }: { place?: string; label: string }) {
  const { events, error, isLoading, retry } = useEvents(place);
  if (error) return <LoadFailure what={`the events for ${label}`} error={error} onRetry={retry} />;
  if (isLoading || !events) return <p role="status" className="panel-status">Loading events for {label}…</p>;
  if (events.length === 0) return <p className="panel-status">No events recorded for {label}.</p>;
  return (
    <ol className="event-list" aria-label={`Events, ${label}`}>
      {events.map((event) => (
        <li key={event.id}>
          <EventCard event={event} showPlace={!place} />
        </li>
      ))}
    </ol>
  );
}
