'use client';
import { useMemo, useState } from 'react';
import type { DatedAs } from '@/lib/schemas/control';
import { proposeDate, type ProposedDate } from '@/lib/desk/date-words';
import { ReadyButton } from './ready-button';
import { WordsPicker } from './words-picker';

type Props = {
  /** The quote, once it stands in the archived text: the date words are picked from it. */
  quote: string | null;
  /** The source's date, what the words are read against. */
  published: string | undefined;
  dateText: string;
  onDateText: (words: string) => void;
  date: ProposedDate | null;
  onDate: (date: ProposedDate) => void;
};

/** The date from the words: pick the words in the quote, the desk proposes the date and its precision, the editor confirms (or types it). */
export function DateFromWords({ quote, published, dateText, onDateText, date, onDate }: Props) {
  const proposal = useMemo(() => (published && dateText ? proposeDate(dateText, published) : null), [published, dateText]);
  return (
    <>
      {quote && <WordsPicker id="quote-words" text={quote} label="The quote: select the words that say when" button="Use the selected words as the date words" onPick={onDateText} />}
      <label>
        Date words (as the quote says them)
        <input value={dateText} onChange={(e) => onDateText(e.target.value)} required />
      </label>
      {proposal && (
        <p role="status">
          The desk reads <q>{dateText}</q> as <strong>{proposal.date}</strong> ({proposal.datePrecision}): {proposal.dateNote}{' '}
          <ReadyButton type="button" onClick={() => onDate(proposal)}>
            Confirm this date
          </ReadyButton>
        </p>
      )}
      {dateText && !proposal && !date && <p role="status">The desk cannot read these words: type the date below.</p>}
      <fieldset>
        <legend>Date</legend>
        <label>
          First day
          <input type="date" value={date?.date ?? ''} onChange={(e) => onDate({ date: e.target.value, datePrecision: date?.datePrecision ?? 'day', dateNote: date?.dateNote ?? '' })} required />
        </label>
        <label>
          Known to the
          <select value={date?.datePrecision ?? 'day'} onChange={(e) => date && onDate({ ...date, datePrecision: e.target.value as ProposedDate['datePrecision'] })}>
            {['day', 'week', 'month', 'year'].map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
      </fieldset>
    </>
  );
}

/**
 * The date words and date of a claim dated as the store keeps it (`{ date, precision, text }`:
 * a control period's start, a flow's "as of"): DateFromWords's props, and the value to save.
 */
export function useDatedAs(initial: DatedAs | undefined) {
  const [dateText, setDateText] = useState(initial?.text ?? '');
  const [date, setDate] = useState<ProposedDate | null>(initial ? { date: initial.date, datePrecision: initial.precision, dateNote: '' } : null);
  const value: DatedAs = { date: date?.date ?? '', precision: date?.datePrecision ?? 'day', text: dateText };
  return { props: { dateText, onDateText: setDateText, date, onDate: setDate }, value };
}
