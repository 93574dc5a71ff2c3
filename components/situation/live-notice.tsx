'use client';
import { useEffect, useState } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import type { LiveNotice as Notice } from '@/lib/hooks/use-live-updates';

/** How long the notice stays over the map before it fades (it stays in the page, for screen readers). */
const SHOWN_MS = 10_000;

/**
 * A quiet line over the map saying what the last change updated and when: polite, so a screen
 * reader says it when it is idle; always in the page (empty until a change), so nothing moves;
 * faded after a few seconds, so it never hides the map for long.
 */
export function LiveNotice({ notice }: { notice: Notice | null }) {
  const { t, lang, locale } = useI18n();
  const [shown, setShown] = useState(false);
  const version = notice?.version;
  useEffect(() => {
    if (version === undefined) return;
    setShown(true);
    const timer = setTimeout(() => setShown(false), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [version]);
  const what = notice?.kinds.map((k) => t(`liveKind_${k}`));
  const time = notice && new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(notice.at));
  return (
    <p role="status" className={`live-notice${shown ? ' live-notice-shown' : ''}`}>
      {notice && t('liveUpdated', { time: time!, what: new Intl.ListFormat(lang, { type: 'conjunction' }).format(what!) })}
    </p>
  );
}
