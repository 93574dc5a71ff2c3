'use client';
import { useI18n } from '@/components/i18n/i18n-provider';
import { useEvents } from '@/lib/hooks/use-events';
import { EventCard } from './event-card';
import { LoadFailure } from './load-failure';
import { countLabel } from './place-subtitle';
import { formatInteger } from '@/lib/i18n/numbers';

/** `from`: the first day of the timeline's span (null: everything up to `date`). */
type Props = { place?: string; label: string; date: string; from?: string | null; total: number };

/** The events of one place (or of all) up to the timeline's day, newest page first, with loading, failure, earlier and hidden-later states. */
export function EventList({ place, label, date, from, total }: Props) {
  const { t, lang, locale } = useI18n();
  const { events, total: matched, earlier, withheld, loadEarlier, loadingEarlier, error, isLoading, retry } = useEvents({ place, from: from ?? undefined, to: date });
  // A failed call never blanks what the reader already has: the last events loaded stay, marked.
  const failure = error && <LoadFailure what={t('whatEvents', { label })} error={error} onRetry={retry} kept={Boolean(events)} />;
  if (error && !events) return failure;
  if (isLoading && !events) return <p role="status" className="panel-status">{t('loadingEvents', { label })}</p>;
  if (!events) return null;
  const later = total - (matched ?? events.length);
  return (
    <>
      {failure}
      {events.length === 0 && <p className="panel-status">{t('noEvents', { label })}</p>}
      {earlier > 0 && (
        <button type="button" className="panel-back show-earlier" onClick={loadEarlier} disabled={loadingEarlier}>
          {t('showEarlier', { n: formatInteger(locale, earlier) })}
        </button>
      )}
      {withheld > 0 && <p className="panel-status withheld-events">{t('withheldEvents', { n: formatInteger(locale, withheld) })}</p>}
      {events.length > 0 && (
        <ol className="event-list" aria-label={t('eventsOf', { label })}>
          {events.map((event) => (
            <li key={event.id}>
              <EventCard event={event} showPlace={!place} headingLevel={place ? 3 : 4} />
            </li>
          ))}
        </ol>
      )}
      {later > 0 && (
        <p className="panel-status later-events">
          {from ? t('outsideHidden', { n: countLabel(later, lang) }) : later === 1 ? t('laterHiddenOne') : t('laterHidden', { n: countLabel(later, lang) })}
        </p>
      )}
    </>
  );
}
