'use client';
import { useState } from 'react';
import { saveClaim } from '@/lib/desk/save-claim';
import { slugOfWords } from '@/lib/desk/slug';
import type { FlowEnd, FlowRecord } from '@/lib/schemas/movement';
import type { PlaceRecord } from '@/lib/schemas/place';
import { ClaimFormEnd, saveModeOf } from './claim-form-end';
import { DateFromWords, useDatedAs } from './date-from-words';
import { FlowEndField, flowEndOf, newPlaceAt, type FlowEndChoice } from './flow-end-field';
import { QuoteFields, useQuotePick, type SourceChoice } from './quote-fields';
import { WordsPicker } from './words-picker';

type Named = { id: string; name: string }[];
type Props = { sources: SourceChoice[]; countries: Named; places: PlaceRecord[]; newPlace?: PlaceRecord; initialSource?: string; correcting?: FlowRecord; editing?: FlowRecord };

const QUALIFIERS = ['exactly', 'about', 'up to', 'at least', 'more than'] as const;

/**
 * A flow, tied to its words: people moving from a country or place to another, the figure's words
 * picked from the quote (its value, unit and how the source bounds it), and the date from the
 * words ("as of"). A series of years stays as it was (imports write those).
 */
export function FlowForm({ sources, countries, places, newPlace, initialSource, correcting, editing }: Props) {
  const current = correcting ?? editing;
  const [error, setError] = useState<unknown>(null);
  const pick = useQuotePick(sources, current?.sources[0], setError, initialSource);
  const asOf = useDatedAs(current?.asOf);
  const endChoice = (e: FlowEnd | undefined): FlowEndChoice => {
    if (!e) return { place: null };
    if ('country' in e) return { country: e.country };
    if (e.placeId === newPlace?.id) return { place: { newPlace } };
    const place = places.find((p) => p.id === e.placeId);
    return { place: place ? { existing: place } : null };
  };
  const [origin, setOrigin] = useState(endChoice(current?.origin));
  const [destination, setDestination] = useState(endChoice(current?.destination));
  const [figureText, setFigureText] = useState(current?.magnitude.text ?? '');

  async function submit(form: FormData) {
    setError(null);
    const get = (k: string) => String(form.get(k) ?? '').trim();
    const label = get('label');
    const record = {
      ...current,
      id: current?.id ?? slugOfWords(`${label} ${asOf.value.date}`, 80),
      kind: get('kind'),
      origin: flowEndOf(origin),
      destination: flowEndOf(destination),
      magnitude: { value: Number(get('value')), unit: get('unit'), qualifier: get('qualifier'), text: figureText },
      asOf: asOf.value,
      label,
      sources: [{ ...current?.sources[0], sourceId: pick.sourceId, quote: pick.quote }, ...(current?.sources.slice(1) ?? [])],
    };
    const made = [newPlaceAt(origin), newPlaceAt(destination)].filter(Boolean);
    if (made.length > 1) return setError(new Error('a flow may make one new place: pick the other among the map’s places'));
    try {
      await saveClaim('flow', record, saveModeOf(correcting, editing, get('note')), made[0]);
    } catch (e) {
      setError(e);
    }
  }

  const quote = pick.quote && pick.found ? pick.quote : null;
  return (
    <form className="desk-form claim-form" action={submit}>
      <h1>{correcting ? `Correct the flow: ${correcting.label}` : editing ? `Change the draft: ${editing.label}` : 'New flow'}</h1>
      <QuoteFields sources={sources} pick={pick} locked={!!correcting} />
      <label>
        Who moves
        <select name="kind" defaultValue={current?.kind ?? 'refugees'}>
          <option value="refugees">refugees</option>
          <option value="internally-displaced">internally displaced people</option>
          <option value="migrants">migrants</option>
        </select>
      </label>
      <FlowEndField legend="From" name="origin" value={origin} onChange={setOrigin} countries={countries} />
      <FlowEndField legend="To" name="destination" value={destination} onChange={setDestination} countries={countries} />
      {quote && <WordsPicker id="figure-words" text={quote} label="The quote: select the words that give the figure" button="Use the selected words as the figure words" onPick={setFigureText} />}
      <label>
        Figure words (as the quote says them: &ldquo;up to 3.2 million&rdquo;)
        <input value={figureText} onChange={(e) => setFigureText(e.target.value)} required />
      </label>
      <fieldset>
        <legend>Figure</legend>
        <label>
          The source bounds it as
          <select name="qualifier" defaultValue={current?.magnitude.qualifier ?? 'about'}>
            {QUALIFIERS.map((q) => (
              <option key={q}>{q}</option>
            ))}
          </select>
        </label>
        <label>
          Number
          <input name="value" type="number" min={1} step={1} defaultValue={current?.magnitude.value} required />
        </label>
        <label>
          Counted in
          <select name="unit" defaultValue={current?.magnitude.unit ?? 'people'}>
            <option>people</option>
            <option>households</option>
          </select>
        </label>
      </fieldset>
      <DateFromWords quote={quote} published={pick.source?.published} {...asOf.props} />
      <label>
        Label on the map (at most 90 characters; keep the bound and the credit)
        <input name="label" maxLength={90} defaultValue={current?.label} required />
      </label>
      <ClaimFormEnd correcting={!!correcting} error={error} />
    </form>
  );
}
