'use client';
import { useEffect, useMemo, useState } from 'react';
import { deskCall } from '@/lib/desk/desk-fetch';
import type { SourceRecord } from '@/lib/schemas/source';
import { WordsPicker } from './words-picker';

/** A source as the forms offer it. */
export type SourceChoice = Pick<SourceRecord, 'id' | 'title' | 'publisher' | 'published'>;

/** The source chosen, its archived text once read, the quote picked from it and whether it stands there word for word. */
export function useQuotePick(sources: SourceChoice[], first: { sourceId: string; quote: string } | undefined, onError: (e: unknown) => void, initialSource?: string) {
  const [sourceId, setSourceId] = useState(first?.sourceId ?? initialSource ?? '');
  const [text, setText] = useState<string | null>(null);
  const [quote, setQuote] = useState(first?.quote ?? '');
  useEffect(() => {
    setText(null);
    if (sourceId) void deskCall<{ text: string }>(`/api/desk/sources/${encodeURIComponent(sourceId)}`, 'GET').then((r) => setText(r.text), onError);
  }, [sourceId, onError]);
  const found = useMemo(() => (text !== null && quote.length > 0 ? text.includes(quote) : null), [text, quote]);
  return { sourceId, setSourceId, text, quote, setQuote, found, source: sources.find((s) => s.id === sourceId) };
}
export type QuotePick = ReturnType<typeof useQuotePick>;

/** The source to choose, its archived text to select the quote's words in, and the quote as it stands, checked. */
export function QuoteFields({ sources, pick, locked }: { sources: SourceChoice[]; pick: QuotePick; locked?: boolean }) {
  return (
    <>
      <label>
        Source
        <select value={pick.sourceId} onChange={(e) => pick.setSourceId(e.target.value)} required disabled={locked}>
          <option value="">Choose the source…</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.publisher}, {s.published}: {s.title}
            </option>
          ))}
        </select>
      </label>
      {pick.text !== null && <WordsPicker id="source-text" text={pick.text} label="The archived text: select the words that make the claim" button="Use the selected words as the quote" onPick={pick.setQuote} />}
      <label>
        Quote (verbatim from the text)
        <textarea name="quote" rows={3} value={pick.quote} onChange={(e) => pick.setQuote(e.target.value)} required />
      </label>
      {pick.found !== null && (
        <p role="status" className={pick.found ? 'desk-done' : 'desk-error'}>
          {pick.found ? 'The quote stands word for word in the archived text.' : 'The quote is not found word for word in the archived text.'}
        </p>
      )}
    </>
  );
}
