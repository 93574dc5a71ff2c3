'use client';

/** A failed load, said plainly, with a way to try again. */
export function LoadFailure({ what, error, onRetry, kept = false }: { what: string; error: Error; onRetry: () => void; kept?: boolean }) {
  return (
    <div role="alert" className="load-failure">
      <p>
        Could not load {what}. {error.message}
        {kept && ' What was loaded before is still shown.'}
      </p>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
