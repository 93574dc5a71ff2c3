'use client';
import { useI18n } from '@/components/i18n/i18n-provider';
import type { LiveNotice as Notice } from '@/lib/hooks/use-live-updates';

/**
 * A quiet line over the map saying what the last change updated and when: polite, so a screen
 * reader says it when it is idle; always in the page (empty until a change), so nothing moves.
 */
export function LiveNotice({ notice }: { notice: Notice | null }) {
  const { t, lang, locale } = useI18n();
  const what = notice?.kinds.map((k) => t(`liveKind_${k}`));
  const time = notice && new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(notice.at));
  return (
    <p role="status" className={`live-notice${notice ? ' live-notice-shown' : ''}`}>
      {notice && t('liveUpdated', { time: time!, what: new Intl.ListFormat(lang, { type: 'conjunction' }).format(what!) })}
    </p>
  );
}
