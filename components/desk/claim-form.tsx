import type { Claim } from '@/lib/desk/claim-kinds';
import type { DraftKind } from '@/lib/desk/draft-kinds';
import type { ClaimFormChoices } from '@/lib/desk/form-data';
import type { ControlPeriodRecord } from '@/lib/schemas/control';
import type { EventRecord } from '@/lib/schemas/event';
import type { FlowRecord, ItineraryRecord } from '@/lib/schemas/movement';
import type { PlaceRecord } from '@/lib/schemas/place';
import { ControlForm } from './control-form';
import { EventForm } from './event-form';
import { FlowForm } from './flow-form';
import { LegForm } from './leg-form';

type Props = {
  kind: DraftKind;
  choices: ClaimFormChoices;
  /** The places the record names (a flow's ends, a trip's stops), for the place pickers to start from. */
  places: PlaceRecord[];
  initialSource?: string;
  correcting?: Claim;
  editing?: { record: Claim; newPlace: PlaceRecord | null };
};

/** The form of a kind of claim: one entry per kind, each made of the same parts (source and quote, date words, place picker). */
export function ClaimForm({ kind, choices, places, initialSource, correcting, editing }: Props) {
  const newPlace = editing?.newPlace ?? undefined;
  if (kind === 'event') return <EventForm {...choices} initialSource={initialSource} correcting={correcting as EventRecord | undefined} editing={editing && { event: editing.record as EventRecord, newPlace: editing.newPlace }} />;
  if (kind === 'control') return <ControlForm {...choices} initialSource={initialSource} correcting={correcting as ControlPeriodRecord | undefined} editing={editing?.record as ControlPeriodRecord | undefined} />;
  if (kind === 'flow') return <FlowForm {...choices} places={places} newPlace={newPlace} initialSource={initialSource} correcting={correcting as FlowRecord | undefined} editing={editing?.record as FlowRecord | undefined} />;
  return <LegForm actors={choices.actors} places={places} newPlace={newPlace} correcting={correcting as ItineraryRecord | undefined} editing={editing?.record as ItineraryRecord | undefined} />;
}
