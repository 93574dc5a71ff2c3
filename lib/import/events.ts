import type { DatePrecision } from '@/lib/schemas/common';
import { eventRecord, type EventCategory, type EventRecord, type Fatalities, type LocationPrecision } from '@/lib/schemas/event';
import type { Item } from '@/lib/store/batch';
import type { ActorIndex, ActorKind } from './actors';
import type { Cell, RowArchive } from './archive';
import type { SourceRow } from './cells';
import { reject } from './errors';
import type { PlaceDraft, PlaceIndex } from './places';
import { slugOf } from './text';

/** What one dataset row says, read by a format (UCDP, ACLED, a mapped CSV): the generic path turns it into records. */
export type EventDraft = {
  /** The dataset's own id for the row: re-imports match on it. */
  rowId: string;
  /** The column the id is in, for messages. */
  idColumn: string;
  date: string;
  precision: DatePrecision;
  /** The last day, for a span. */
  until?: string;
  /** The dataset's words for the date, standing in `dateQuote`. */
  dateText: string;
  dateQuote: string;
  dateNote?: string;
  place: PlaceDraft;
  locationPrecision: LocationPrecision;
  placeNote?: string;
  /** The row's words for the event (ACLED notes, UCDP source_headline or where_description). */
  quote: string;
  category: EventCategory;
  type?: string;
  subType?: string;
  actors: { name: string; kind: ActorKind }[];
  fatalities?: Fatalities;
  citation?: string;
  citationUrl?: string;
  title: string;
  summary: string;
};

/** A format of event rows: how to find its columns in a header, and how to read a row. */
export type EventFormat = {
  /** The dataset's name on each event (`dataset.name`), and the prefix of the events' ids. */
  dataset: string;
  idPrefix: string;
  /** Reads one row, or refuses it (RowReject) naming the column. */
  read(row: SourceRow): EventDraft;
};

/**
 * Turns the drafts of one import into records: each row's cells archived in the release's text,
 * its place joined or made, its actors named, and an event keyed by the dataset's id whose quotes
 * are cut from the row's archived block. A row the schema refuses, or whose id an earlier row has,
 * is refused (RowReject) before anything of it is kept.
 */
export class EventBuilder {
  private events: Item<EventRecord>[] = [];
  private readonly rowOf = new Map<string, string>();
  private readonly idOf = new Map<string, string>();

  constructor(
    private readonly file: string,
    private readonly format: EventFormat,
    private readonly archive: RowArchive,
    private readonly places: PlaceIndex,
    private readonly actors: ActorIndex,
  ) {}

  /** The ids of the events built so far. */
  get ids(): Set<string> {
    return new Set(this.idOf.keys());
  }

  /** Events built since the last take. */
  get pending(): number {
    return this.events.length;
  }

  /** The events built since the last take, forgotten here (their ids are kept). */
  take(): Item<EventRecord>[] {
    const events = this.events;
    this.events = [];
    return events;
  }

  add(row: SourceRow, draft: EventDraft) {
    const earlier = this.rowOf.get(draft.rowId);
    if (earlier) reject(draft.idColumn, `${draft.rowId} is also the id of ${earlier}`);
    const id = `${this.format.idPrefix}-${slugOf(draft.rowId, 80) || 'row'}`;
    const same = this.idOf.get(id);
    if (same) reject(draft.idColumn, `${draft.rowId} gives the same event id (${id}) as ${same}`);
    const cells: Cell[] = row.order.map((c) => [c, row.cells[c] ?? '']);
    const sourceId = this.archive.id;
    const sources = [{ sourceId, quote: draft.quote }];
    if (!draft.quote.includes(draft.dateText)) sources.push({ sourceId, quote: draft.dateQuote });
    const record: EventRecord = {
      id,
      date: draft.date,
      datePrecision: draft.precision,
      ...(draft.until && { dateUntil: draft.until }),
      dateText: draft.dateText,
      ...(draft.dateNote && { dateNote: draft.dateNote }),
      placeId: 'pending',
      ...(draft.placeNote && { placeNote: draft.placeNote }),
      locationPrecision: draft.locationPrecision,
      category: draft.category,
      actors: [],
      status: 'reported',
      title: draft.title,
      summary: draft.summary,
      ...(draft.fatalities && { fatalities: draft.fatalities }),
      dataset: {
        name: this.format.dataset,
        ...(draft.type && { type: draft.type }),
        ...(draft.subType && { subType: draft.subType }),
        rowId: draft.rowId,
        ...(draft.citation && { citation: draft.citation }),
        ...(draft.citationUrl && { citationUrl: draft.citationUrl }),
      },
      sources,
    };
    const checked = eventRecord.safeParse(record);
    if (!checked.success) reject(undefined, `the event made from it is refused: ${checked.error.issues[0].path.join('.')}: ${checked.error.issues[0].message}`);
    // Only an accepted row leaves a trace: its block, its place, its actors.
    this.archive.add(row.at, cells);
    record.placeId = this.places.placeFor(draft.place).id;
    record.actors = [...new Set(draft.actors.map((a) => this.actors.idFor(a.name, a.kind)))];
    this.rowOf.set(draft.rowId, row.at);
    this.idOf.set(id, row.at);
    this.events.push({ at: { file: this.file, record: `${row.at} (event "${id}")` }, value: record });
  }
}
