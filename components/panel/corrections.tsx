'use client';
import { useI18n } from '@/components/i18n/i18n-provider';
import { formatShortDay } from '@/lib/dates/format';
import type { EventCorrection } from '@/lib/schemas/event';

/** What was corrected in a published claim, oldest first: "Corrected 3 Dec 2024: the date was 1 Dec, not 30 Nov". */
export function Corrections({ corrections }: { corrections: EventCorrection[] | undefined }) {
  const { t, locale } = useI18n();
  return corrections?.map((c, i) => (
    <p key={i} className="event-correction">
      <strong>{t('corrected', { date: formatShortDay(c.date, locale) })}</strong>
      <span lang="en">{c.note}</span>
    </p>
  ));
}
