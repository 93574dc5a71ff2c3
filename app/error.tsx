'use client';

export default function PageError({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="app page-error" role="alert">
      <h1>Something went wrong showing the map.</h1>
      <button type="button" onClick={reset}>Try again</button>
    </main>
  );
}
