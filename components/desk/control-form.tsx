'use client';
import { useState } from 'react';
import { saveClaim } from '@/lib/desk/save-claim';
import { slugOfWords } from '@/lib/desk/slug';
import { controlStatuses, type ControlPeriodRecord } from '@/lib/schemas/control';
import { ClaimFormEnd, saveModeOf } from './claim-form-end';
import { DateFromWords, useDatedAs } from './date-from-words';
import { NamedSelect } from './named-select';
import { QuoteFields, useQuotePick, type SourceChoice } from './quote-fields';

type Named = { id: string; name: string }[];
type Props = { sources: SourceChoice[]; actors: Named; areas: Named; initialSource?: string; correcting?: ControlPeriodRecord; editing?: ControlPeriodRecord };

/**
 * A control period, tied to its words: who holds an area, how (controlled, contested, captured),
 * how much of it, since when (the date from the words, when the source gives one), reported or
 * inferred, on a quote picked from the archived text.
 */
export function ControlForm({ sources, actors, areas, initialSource, correcting, editing }: Props) {
  const current = correcting ?? editing;
  const [error, setError] = useState<unknown>(null);
  const pick = useQuotePick(sources, current?.sources[0], setError, initialSource);
  const since = useDatedAs(current?.since);
  const [hasSince, setHasSince] = useState(current ? !!current.since : true);
  const [basis, setBasis] = useState(current?.basis ?? 'reported');

  async function submit(form: FormData) {
    setError(null);
    const get = (k: string) => String(form.get(k) ?? '').trim();
    const [areaId, actor, status] = [get('area'), get('actor'), get('status')];
    const record = {
      id: current?.id ?? slugOfWords(`${areaId} ${status} ${actor} ${hasSince ? since.value.date : ''}`, 80),
      areaId,
      actor,
      status,
      ...(hasSince ? { since: since.value } : {}),
      extent: get('extent'),
      basis,
      ...(basis === 'inferred' ? { inference: get('inference') } : {}),
      sources: [{ ...current?.sources[0], sourceId: pick.sourceId, quote: pick.quote }, ...(current?.sources.slice(1) ?? [])],
    };
    try {
      await saveClaim('control', record, saveModeOf(correcting, editing, get('note')));
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form className="desk-form claim-form" action={submit}>
      <h1>{correcting ? `Correct the control period: ${correcting.id}` : editing ? `Change the draft: ${editing.id}` : 'New control period'}</h1>
      <QuoteFields sources={sources} pick={pick} locked={!!correcting} />
      <NamedSelect label="Area" name="area" choices={areas} placeholder="Choose the area…" defaultValue={current?.areaId ?? ''} required />
      <NamedSelect label="Held by" name="actor" choices={actors} placeholder="Choose the actor…" defaultValue={current?.actor ?? ''} required />
      <fieldset>
        <legend>Status</legend>
        {controlStatuses.map((s) => (
          <label key={s} className="desk-choice">
            <input type="radio" name="status" value={s} defaultChecked={(current?.status ?? 'controlled') === s} /> {s}
          </label>
        ))}
      </fieldset>
      <label>
        How much of the area (the source&apos;s words: &ldquo;much of the city&rdquo;)
        <input name="extent" defaultValue={current?.extent} required />
      </label>
      <label className="desk-choice">
        <input type="checkbox" checked={hasSince} onChange={(e) => setHasSince(e.target.checked)} /> The source says since when
      </label>
      {hasSince && <DateFromWords quote={pick.quote && pick.found ? pick.quote : null} published={pick.source?.published} {...since.props} />}
      <fieldset>
        <legend>Basis</legend>
        {(['reported', 'inferred'] as const).map((b) => (
          <label key={b} className="desk-choice">
            <input type="radio" name="basis" value={b} checked={basis === b} onChange={() => setBasis(b)} /> {b === 'reported' ? 'Reported (the source says it)' : 'Inferred (the source implies it)'}
          </label>
        ))}
      </fieldset>
      {basis === 'inferred' && (
        <label>
          What it is inferred from
          <textarea name="inference" rows={3} defaultValue={current?.inference} required />
        </label>
      )}
      <ClaimFormEnd correcting={!!correcting} error={error} />
    </form>
  );
}
