'use client';
import { useI18n } from '@/components/i18n/i18n-provider';
import type { EventFeature } from '@/lib/data/features';
import { formatPeriod, htmlDateTime } from '@/lib/dates/format';
import { eventPagePath } from '@/lib/url/event-page';
import { locationLine } from '@/lib/i18n/event-words';
import { Corrections } from './corrections';
import { DatasetFacts } from './dataset-facts';
import { SourceQuote } from './source-quote';

type Props = { event: EventFeature; showPlace: boolean; headingLevel: 3 | 4 };

/** One event: its date as exactly as it is known, status, summary and every source quote. Data text keeps its language (English). */
export function EventCard({ event, showPlace, headingLevel }: Props) {
  const { t, locale, lang } = useI18n();
  const p = event.properties;
  const Heading = `h${headingLevel}` as const;
  const where = locationLine(p.locationPrecision, p.placeName, t, lang);
  return (
    <article className={`event-card status-${p.status}`} aria-labelledby={`event-${event.id}`} data-event={event.id}>
      <p className="event-meta">
        <time dateTime={htmlDateTime(p.date, p.datePrecision, p.dateEnd)}>{formatPeriod(p.date, p.datePrecision, p.dateEnd, locale)}</time>
        <span className="event-precision" title={p.dateNote}>
          {t(`precision_${p.datePrecision}`)} · {t('sourceSays')} <q lang="en">{p.dateText}</q>
        </span>
        {where && (
          <span className="event-location" data-precision={p.locationPrecision}>
            {where}
          </span>
        )}
      </p>
      <p className="event-tags">
        <span className={`tag category-${p.category}`}>{t(`category_${p.category}`)}</span>
        {p.status === 'expected' ? <span className="tag tag-expected">{t('expectedTag')}</span> : <span className="tag">{t('reportedTag')}</span>}
        {showPlace && (
          <span className="tag tag-place" lang="en">
            {p.placeName}
          </span>
        )}
      </p>
      <Heading id={`event-${event.id}`} lang="en">
        {p.title}
      </Heading>
      <p lang="en">{p.summary}</p>
      {lang === 'ar' && p.translation && (
        <div className="event-translation" lang="ar">
          <p className="tag">{t('translationMark')}</p>
          <p>
            <strong>{p.translation.title}</strong>
          </p>
          <p>{p.translation.summary}</p>
        </div>
      )}
      <Corrections corrections={p.corrections} />
      {p.corrections && (
        <p className="event-history">
          <a href={eventPagePath(String(event.id))}>{t('eventHistory')}</a>
        </p>
      )}
      <DatasetFacts event={p} />
      {p.dateNote && (
        <p className="event-note">
          {t('dateNote')}
          <span lang="en">{p.dateNote}</span>
        </p>
      )}
      {p.placeNote && (
        <p className="event-note">
          {t('placeNote')}
          <span lang="en">{p.placeNote}</span>
        </p>
      )}
      <p className="event-actors">
        <span className="visually-hidden">{t('actors')}</span>
        <span lang="en">{p.actors.map((a) => a.name).join(' · ')}</span>
      </p>
      {p.sources.map((source, i) => (
        <SourceQuote key={i} source={source} />
      ))}
    </article>
  );
}
