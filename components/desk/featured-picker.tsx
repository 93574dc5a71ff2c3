'use client';
import { useState } from 'react';
import { deskCall } from '@/lib/desk/desk-fetch';
import type { FoundEvent } from '@/lib/maps/featured-search';
import { FormStatus } from './form-status';
import { ReadyButton } from './ready-button';
import { useDeskAction } from './use-desk-action';

/** A map's featured event, found among the published ones by title or place and picked; the server checks it is live. */
export function FeaturedPicker({ initial }: { initial: { id: string; label: string } | null }) {
  const [chosen, setChosen] = useState(initial);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<FoundEvent[] | null>(null);
  const { error, run } = useDeskAction();
  const search = () => query.trim() && run(async () => setFound((await deskCall<{ events: FoundEvent[] }>(`/api/desk/events?q=${encodeURIComponent(query.trim())}`, 'GET')).events));
  return (
    <fieldset className="featured-picker">
      <legend>Featured event (opened when the page loads)</legend>
      <input type="hidden" name="featured" value={chosen?.id ?? ''} />
      <p role="status">
        {chosen ? (
          <>
            Featured: <strong>{chosen.label}</strong> <code>{chosen.id}</code>{' '}
          </>
        ) : (
          'No featured event. '
        )}
      </p>
      {chosen && (
        <ReadyButton type="button" onClick={() => setChosen(null)}>
          No featured event
        </ReadyButton>
      )}
      <label>
        Search published events (title or place)
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), void search())} />
      </label>
      <ReadyButton type="button" onClick={() => void search()}>
        Search events
      </ReadyButton>
      {found && (
        <ul className="place-results" aria-label="Events found">
          {found.length === 0 && <li>No published event has those words in its title or place.</li>}
          {found.map((e) => (
            <li key={e.id}>
              <ReadyButton type="button" onClick={() => setChosen({ id: e.id, label: `${e.title} (${e.date}, ${e.place})` })}>
                Feature {e.title} · {e.date} · {e.place}
              </ReadyButton>
            </li>
          ))}
        </ul>
      )}
      <FormStatus error={error} />
    </fieldset>
  );
}
