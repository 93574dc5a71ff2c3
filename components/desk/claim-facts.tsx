import type { Claim } from '@/lib/desk/claim-kinds';
import type { DraftKind } from '@/lib/desk/draft-kinds';
import type { ControlPeriodRecord } from '@/lib/schemas/control';
import type { EventRecord } from '@/lib/schemas/event';
import type { FlowEnd, FlowRecord, ItineraryRecord } from '@/lib/schemas/movement';
import type { Citation } from '@/lib/schemas/source';

/** Names of what a claim refers to, by id: places, actors, areas, countries. */
export type Names = (id: string) => string;

type Props = { kind: DraftKind; record: Claim; name: Names; newPlaceId?: string };

/** The quotes a claim stands on. */
function Quotes({ sources }: { sources: Citation[] }) {
  return (
    <>
      <dt>Quote</dt>
      <dd>
        {sources.map((s, i) => (
          <blockquote key={i}>{s.quote}</blockquote>
        ))}
      </dd>
    </>
  );
}

/** What a draft claims, by its kind: the facts a reviewer checks against the quote. */
export function ClaimFacts({ kind, record, name, newPlaceId }: Props) {
  const place = (id: string) => `${name(id)}${id === newPlaceId ? ' (new)' : ''}`;
  if (kind === 'event') {
    const e = record as EventRecord;
    return (
      <>
        <dt>Date</dt>
        <dd>
          {e.date} ({e.datePrecision}), from the words <q>{e.dateText}</q>
          {e.dateNote ? `: ${e.dateNote}` : ''}
        </dd>
        <dt>Place</dt>
        <dd>{place(e.placeId)}</dd>
        <Quotes sources={e.sources} />
        <dt>Summary</dt>
        <dd>{e.summary}</dd>
        <dt>Status, category</dt>
        <dd>
          {e.status}, {e.category}
        </dd>
        {e.corrections?.map((c, i) => (
          <div key={i}>
            <dt>Corrected {c.date}</dt>
            <dd>{c.note}</dd>
          </div>
        ))}
      </>
    );
  }
  if (kind === 'control') {
    const p = record as ControlPeriodRecord;
    return (
      <>
        <dt>Area</dt>
        <dd>{name(p.areaId)}</dd>
        <dt>Held by</dt>
        <dd>
          {name(p.actor)}: {p.status}, {p.extent}
        </dd>
        <dt>Since</dt>
        <dd>{p.since ? <>{p.since.date} ({p.since.precision}), from the words <q>{p.since.text}</q></> : 'not given by the source'}</dd>
        <dt>Basis</dt>
        <dd>
          {p.basis}
          {p.inference ? `: ${p.inference}` : ''}
        </dd>
        <Quotes sources={p.sources} />
      </>
    );
  }
  if (kind === 'flow') {
    const f = record as FlowRecord;
    const end = (e: FlowEnd) => ('country' in e ? name(e.country) : place(e.placeId));
    return (
      <>
        <dt>From, to</dt>
        <dd>
          {end(f.origin)} → {end(f.destination)} ({f.kind})
        </dd>
        <dt>Figure</dt>
        <dd>
          {f.magnitude.qualifier} {f.magnitude.value.toLocaleString('en')} {f.magnitude.unit}, from the words <q>{f.magnitude.text}</q>
        </dd>
        <dt>As of</dt>
        <dd>
          {f.asOf.date} ({f.asOf.precision}), from the words <q>{f.asOf.text}</q>
        </dd>
        <Quotes sources={f.sources} />
      </>
    );
  }
  const it = record as ItineraryRecord;
  return (
    <>
      <dt>Person</dt>
      <dd>{name(it.person)}</dd>
      <dt>Stops</dt>
      <dd>
        <ol>
          {it.stops.map((s, i) => (
            <li key={i}>
              {place(s.placeId)}: {s.eventIds.join(', ')}
            </li>
          ))}
        </ol>
      </dd>
    </>
  );
}
