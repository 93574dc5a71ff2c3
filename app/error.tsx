'use client';
import { useI18n } from '@/components/i18n/i18n-provider';

export default function PageError({ reset }: { error: Error; reset: () => void }) {
  const { t } = useI18n();
  return (
    <main className="app page-error" role="alert">
      <h1>{t('pageErrorTitle')}</h1>
      <button type="button" onClick={reset}>
        {t('tryAgain')}
      </button>
    </main>
  );
}
