'use client';
import { useI18n } from '@/components/i18n/i18n-provider';

/** A failed load, said plainly, with a way to try again. */
export function LoadFailure({ what, error, onRetry, kept = false }: { what: string; error: Error; onRetry: () => void; kept?: boolean }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="load-failure">
      <p>
        {t('couldNotLoad', { what })} <span lang="en">{error.message}</span>
        {kept && ` ${t('keptShown')}`}
      </p>
      <button type="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
