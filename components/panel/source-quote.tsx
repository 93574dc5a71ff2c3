'use client';
import { useI18n } from '@/components/i18n/i18n-provider';
import { formatPeriod } from '@/lib/dates/format';
import type { ResolvedCitation } from '@/lib/schemas/source';

/** A verbatim quote, in its source's language, with publisher, date, credited outlet and a link that opens in a new tab. */
export function SourceQuote({ source }: { source: ResolvedCitation }) {
  const { t, locale, lang } = useI18n();
  return (
    <figure className="source-quote">
      <blockquote cite={source.url} lang={source.language}>
        <p>“{source.quote}”</p>
      </blockquote>
      <figcaption>
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          <span lang="en">{source.publisher}</span>
          <span className="visually-hidden">{t('opensNewTab')}</span>
        </a>
        {lang === 'ar' ? '، ' : ', '}
        {formatPeriod(source.published, 'day', source.published, locale)}
        {source.attribution && (
          <>
            {t('accordingTo', { who: '' }).replace(/\s*$/, ' ')}
            <span lang="en">{source.attribution}</span>
          </>
        )}
      </figcaption>
    </figure>
  );
}
