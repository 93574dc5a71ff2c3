'use client';
import { useState } from 'react';
import type { ProposedDate } from '@/lib/desk/date-words';
import { saveClaim } from '@/lib/desk/save-claim';
import { slugOfWords } from '@/lib/desk/slug';
import { eventCategories, type EventRecord } from '@/lib/schemas/event';
import type { PlaceRecord } from '@/lib/schemas/place';
import { ClaimFormEnd, saveModeOf } from './claim-form-end';
import { DateFromWords } from './date-from-words';
import { PlacePicker, type PlaceChoice } from './place-picker';
import { QuoteFields, useQuotePick, type SourceChoice } from './quote-fields';

type Props = {
  sources: SourceChoice[];
  actors: { id: string; name: string }[];
  initialSource?: string;
  /** A published event to correct (the form then asks for the correction's note). */
  correcting?: EventRecord;
  /** A draft to change (sent back, say), with the new place it makes if any. */
  editing?: { event: EventRecord; newPlace: PlaceRecord | null };
};

/**
 * An event, tied to its words: the source, the quote picked from its archived text, the date
 * words picked from the quote (the desk proposes the date, the editor confirms it), the place,
 * and what readers are told. Saved as a draft, or (correcting) published with a note.
 */
export function EventForm({ sources, actors, initialSource, correcting: published, editing }: Props) {
  // A draft being changed starts from its record as a correction does; only where it is sent differs.
  const correcting = published ?? editing?.event;
  const first = correcting?.sources[0];
  const [dateText, setDateText] = useState(correcting?.dateText ?? '');
  const [date, setDate] = useState<ProposedDate | null>(correcting ? { date: correcting.date, datePrecision: correcting.datePrecision as ProposedDate['datePrecision'], dateNote: correcting.dateNote ?? '' } : null);
  const [place, setPlace] = useState<PlaceChoice>(editing?.newPlace ? { newPlace: editing.newPlace } : null);
  const [error, setError] = useState<unknown>(null);
  const pick = useQuotePick(sources, first, setError, initialSource);
  const { sourceId, quote, source } = pick;

  async function submit(form: FormData) {
    setError(null);
    const get = (k: string) => String(form.get(k) ?? '').trim();
    const placeId = (place && ('existing' in place ? place.existing.id : place.newPlace.id)) ?? correcting?.placeId;
    const title = get('title');
    const arTitle = get('ar-title');
    const arSummary = get('ar-summary');
    const event = {
      ...(correcting ?? {}),
      id: correcting?.id ?? slugOfWords(`${title} ${date?.date ?? ''}`, 80),
      date: date?.date ?? '',
      datePrecision: date?.datePrecision ?? 'day',
      dateText,
      ...(date?.dateNote ? { dateNote: date.dateNote } : {}),
      placeId: placeId ?? '',
      category: get('category'),
      actors: form.getAll('actors').map(String),
      status: get('status'),
      title,
      summary: get('summary'),
      sources: [{ sourceId, quote }],
      ...(arTitle && arSummary ? { translation: { lang: 'ar', title: arTitle, summary: arSummary } } : {}),
    };
    if (!arTitle || !arSummary) delete (event as { translation?: unknown }).translation;
    try {
      await saveClaim('event', event, saveModeOf(published, editing?.event, get('note')), place && 'newPlace' in place ? place.newPlace : undefined);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form className="desk-form event-form" action={submit}>
      <h1>{published ? `Correct: ${published.title}` : editing ? `Change the draft: ${editing.event.title}` : 'New event'}</h1>
      <QuoteFields sources={sources} pick={pick} locked={!!published} />
      <DateFromWords quote={quote && pick.found ? quote : null} published={source?.published} dateText={dateText} onDateText={setDateText} date={date} onDate={setDate} />
      {!published && <PlacePicker value={place} onChange={setPlace} />}
      <fieldset>
        <legend>Status</legend>
        {(['reported', 'expected'] as const).map((s) => (
          <label key={s} className="desk-choice">
            <input type="radio" name="status" value={s} defaultChecked={(correcting?.status ?? 'reported') === s} /> {s === 'reported' ? 'Reported (it happened)' : 'Expected (announced, not yet happened)'}
          </label>
        ))}
      </fieldset>
      <label>
        Category
        <select name="category" defaultValue={correcting?.category ?? 'military'}>
          {eventCategories.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Actors</legend>
        {actors.map((a) => (
          <label key={a.id} className="desk-choice">
            <input type="checkbox" name="actors" value={a.id} defaultChecked={correcting?.actors.includes(a.id)} /> {a.name}
          </label>
        ))}
      </fieldset>
      <label>
        Title (at most 80 characters)
        <input name="title" maxLength={80} defaultValue={correcting?.title} required />
      </label>
      <label>
        Summary (at most 400 characters)
        <textarea name="summary" maxLength={400} rows={3} defaultValue={correcting?.summary} required />
      </label>
      <fieldset>
        <legend>Arabic translation (optional; shown marked as a translation)</legend>
        <label>
          Title in Arabic
          <input name="ar-title" lang="ar" dir="rtl" maxLength={120} defaultValue={correcting?.translation?.title} />
        </label>
        <label>
          Summary in Arabic
          <textarea name="ar-summary" lang="ar" dir="rtl" maxLength={600} rows={3} defaultValue={correcting?.translation?.summary} />
        </label>
      </fieldset>
      <ClaimFormEnd correcting={!!published} error={error} />
    </form>
  );
}
