'use client';

/** A failed load, said plainly, with a way to try again. */
export function LoadFailure({ what, error, onRetry }: { what: string; error: Error; onRetry: () => void }) {
  return (
    <div role="alert" className="load-failure">
      <p>
        Could not load {what}. {error.message}
      </p>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
