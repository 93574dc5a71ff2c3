'use client';
import { useI18n } from '@/components/i18n/i18n-provider';
import { FetchError } from '@/lib/api/fetch-json';

/** A failed load, said plainly, with a way to try again. */
export function LoadFailure({ what, error, onRetry, kept = false }: { what: string; error: Error; onRetry: () => void; kept?: boolean }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="load-failure">
      <p>
        {t('couldNotLoad', { what })}{' '}
        {error instanceof FetchError && error.kind === 'timeout' ? t('fetchTimeout')
          : error instanceof FetchError && error.kind === 'network' ? t('fetchNetwork')
          : error instanceof FetchError && error.serverMessage ? <span lang="en">{error.serverMessage}</span>
          : t('fetchStatus', { status: error instanceof FetchError ? error.status : '?' })}
        {kept && ` ${t('keptShown')}`}
      </p>
      <button type="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
