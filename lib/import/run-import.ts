import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Store } from '@/lib/store';
import { batchSize, PUT_KINDS, type WriteBatch } from '@/lib/store/batch';
import type { WriteResult } from '@/lib/store/backend';
import { countryAnchors } from '@/lib/store/write-plan';
import { ActorIndex } from './actors';
import { RowArchive, type Release } from './archive';
import type { SourceRow } from './cells';
import { lookHint, sniff, type FormatName, type Sniffed } from './detect';
import { ImportError, RowReject, type Reject } from './errors';
import { EventBuilder, type EventFormat } from './events';
import { acledFormat, acledRelease } from './formats/acled';
import { ControlBuilder } from './formats/geojson-control';
import { mappedCsvFormat, mappedRelease } from './formats/mapped-csv';
import { ucdpFormat, ucdpRelease, ucdpVersion } from './formats/ucdp';
import { UnhcrBuilder, unhcrRelease } from './formats/unhcr';
import { csvMapping, geojsonMapping, presetMapping, readMapping, type SourceMapping } from './mapping';
import { PlaceIndex } from './places';
import { csvRows, jsonRows, type RowStream } from './rows';
import { retractionsFor, type ReplaceScope } from './scope';
import { jsonItems } from './json-items';
import { ReviewSpool, sendToReview } from './review-batch';

export type ImportOptions = {
  format: FormatName;
  file: string;
  /** A mapping file: required for csv and geojson-control; for the named formats it may override the source. */
  mapFile?: string;
  dryRun?: boolean;
  /**
   * Check everything as an import does, but keep the batch pending review at the desk instead of
   * writing it: a publisher publishes it whole (checked again then) or rejects it. Names who sent it.
   */
  forReview?: { sentBy: string };
  /** Write the rows that pass and report the others, instead of writing nothing. */
  skipInvalid?: boolean;
  replaceScope?: ReplaceScope;
  /** The day the file was retrieved (default: the file's modification day). */
  retrieved?: string;
  /** The dataset's release ("23.1"), when the file name does not say it. */
  release?: string;
  /** Rows per part of the write (default 2,000): what is held at a time. */
  partRows?: number;
  /** Called as rows are read (at most a few times a second is the caller's business). */
  onProgress?: (p: Progress) => void;
};

export type Progress = { rows: number; bytes: number; size: number; elapsedMs: number };

/** What an import did (or, dry, would do). */
export type ImportReport = {
  file: string;
  format: FormatName;
  rows: number;
  imported: number;
  rejects: Reject[];
  /** Rows refused in all (rejects keeps the first 10,000 of them). */
  rejected: number;
  /** What the batch holds, by kind. */
  records: Partial<Record<keyof WriteBatch, number>>;
  /** The events of the batch by what happens to them. */
  events?: { inserted: number; updated: number; unchanged: number };
  /** Notes on rows that give nothing without being wrong (UNHCR's unknown figures). */
  notes: string[];
  sourceId?: string;
  result: WriteResult;
  /** The id of the batch kept pending review (forReview). */
  reviewBatch?: string;
  elapsedMs: number;
};

/** Many rows are refused: the first ones with their reasons; `count` of all. */
export class RowsRejected extends ImportError {
  constructor(
    file: string,
    readonly rejects: Reject[],
    readonly count: number,
  ) {
    const first = rejects[0];
    super(file, `${first.at}${first.column ? `, ${first.column}` : ''}`, `${first.reason}${count > 1 ? ` (and ${count - 1} more rows refused)` : ''}`);
  }
}

const KEPT_REJECTS = 10_000;
/** Rows per part of an import's write: a few MB of records held at a time, whatever the file's size. */
const PART_ROWS = 2000;
const JSON_KEYS: Partial<Record<FormatName, string>> = { 'ucdp-ged': 'Result', unhcr: 'items', 'geojson-control': 'features' };

/**
 * Imports a dataset file into the store in one transaction: reads it as a stream, turns each row
 * into records (lib/import/formats/*), archives the rows in the release's source, and writes the
 * whole batch through Store.write, which checks it as it checks data/. A refused row means nothing
 * is written (the rows refused are all reported) unless skipInvalid; dryRun writes nothing.
 */
export async function runImport(store: Store, o: ImportOptions): Promise<ImportReport> {
  const started = Date.now();
  const label = path.basename(o.file);
  const info = await stat(o.file).catch((e: NodeJS.ErrnoException) => {
    throw new ImportError(label, 'file', `cannot be read (${e.code ?? e.message})`);
  });
  if (!info.isFile()) throw new ImportError(label, 'file', 'is not a file');
  const sniffed = await sniff(o.file);
  if (sniffed.kind === 'empty') throw new ImportError(label, 'file', 'is empty');
  const hint = lookHint(sniffed, o.format);
  checkKind(sniffed, o.format, label, hint);
  if (o.replaceScope && (o.format === 'unhcr' || o.format === 'geojson-control')) throw new ImportError('--replace-scope', 'option', `applies to events (ucdp-ged, acled, csv), not to ${o.format}`);
  const retrieved = o.retrieved ?? info.mtime.toISOString().slice(0, 10);
  const situation = await store.situation();
  const places = new PlaceIndex(situation.places);
  const actors = new ActorIndex(situation.actorById);
  const rejects: Reject[] = [];
  let rejected = 0;
  let rows = 0;
  const notes: string[] = [];
  const refuse = (row: { at: string }, e: unknown) => {
    if (!(e instanceof RowReject)) throw e;
    rejected++;
    if (rejects.length < KEPT_REJECTS) rejects.push({ at: row.at, ...(e.column && { column: e.column }), reason: e.reason });
  };
  let stream: { bytesRead: () => number; size: number };
  const tick = () => o.onProgress?.({ rows, bytes: stream.bytesRead(), size: stream.size, elapsedMs: Date.now() - started });

  const batch: WriteBatch = {};
  let archive: RowArchive;

  if (o.format === 'geojson-control') {
    const mapping = readMapping(needMap(o, label), geojsonMapping);
    archive = new RowArchive(applySource(mappedRelease(mapping, retrieved, o.mapFile!), mapping.source, o), label);
    const builder = new ControlBuilder(mapping, label, path.basename(o.mapFile!), archive, places, actors);
    const json = await jsonItems(o.file, label, 'features');
    stream = json;
    for await (const item of json.items) {
      rows++;
      const at = `features[${item.index}]`;
      try {
        builder.add(at, item.value);
      } catch (e) {
        refuse({ at }, e);
      }
      if ((rows & 255) === 0) tick();
    }
    batch.areas = [...builder.areas.values()].map(({ at, value }) => ({ at, value }));
    batch.control = builder.control;
  } else {
    const rowStream: RowStream = sniffed.kind === 'json' ? await jsonRows(o.file, label, JSON_KEYS[o.format]!) : await csvRows(o.file, label);
    stream = rowStream;
    const each = async (read: (row: SourceRow) => void, after?: () => Promise<void> | undefined) => {
      for await (const row of rowStream.rows) {
        rows++;
        try {
          if (row.problem) throw new RowReject(undefined, row.problem);
          read(row);
        } catch (e) {
          refuse(row, e);
        }
        if ((rows & 255) === 0) tick();
        await after?.();
      }
    };
    if (o.format === 'unhcr') {
      const mapping = o.mapFile ? readMapping(o.mapFile, presetMapping) : undefined;
      archive = new RowArchive(applySource(unhcrRelease(retrieved, o.release), mapping?.source, o), label);
      const anchors = countryAnchors();
      const builder = new UnhcrBuilder(rowStream.columns, label, hint, archive, (numeric) => anchors.has(numeric));
      await each((row) => builder.add(row));
      const { flows, countries, empty } = builder.build((c) => situation.countryByCode.get(c.code)?.name ?? c.name, new Set(situation.countryByCode.keys()), new Map(situation.flows.map((f) => [f.id, f])));
      batch.flows = flows;
      batch.countries = countries;
      if (builder.unknown) notes.push(`${builder.unknown} rows give no refugees figure (empty or "-": unknown, not zero) and add nothing`);
      if (empty.length) notes.push(`no flow for ${empty.join(', ')}: no year with more than 0 refugees`);
    } else {
      let release: Release;
      let eventFormat: EventFormat;
      if (o.format === 'csv') {
        const mapping = readMapping(needMap(o, label), csvMapping);
        eventFormat = mappedCsvFormat(mapping, rowStream.columns, label, path.basename(o.mapFile!));
        release = applySource(mappedRelease(mapping, retrieved, o.mapFile!), mapping.source, o);
      } else {
        const mapping = o.mapFile ? readMapping(o.mapFile, presetMapping) : undefined;
        if (o.format === 'ucdp-ged') {
          eventFormat = ucdpFormat(rowStream.columns, label, hint);
          const version = o.release ?? mapping?.source?.version ?? ucdpVersion(label) ?? ucdpVersion(path.basename(path.dirname(o.file)));
          if (!version) throw new ImportError(label, 'file', 'does not say which UCDP GED release it is (its name has no "ged231" or "23.1"): give it with --release 23.1');
          release = applySource(ucdpRelease(version, retrieved), mapping?.source, o);
        } else {
          eventFormat = acledFormat(rowStream.columns, label, hint);
          release = applySource(acledRelease(retrieved, o.release), mapping?.source, o);
        }
      }
      archive = new RowArchive(release, label);
      const format = eventFormat;
      const builder = new EventBuilder(label, format, archive, places, actors);
      const review = o.forReview && !o.dryRun ? new ReviewSpool() : undefined;
      const begun = await store.begin({ dryRun: !!o.dryRun || !!review, by: `import ${o.format} ${label}`, source: archive.id });
      const parts = review ? review.wrap(begun) : begun;
      const written = { events: 0, places: 0, actors: 0, retract: 0 };
      // Two parts in flight at most: the store writes them, one after the other, while the next one is read.
      let writing: Promise<void> = Promise.resolve();
      let before: Promise<void> = Promise.resolve();
      const send = async (extra: WriteBatch = {}) => {
        await before;
        const part = nextPart(builder.take(), extra);
        // A refused row means nothing will be written: the rest is only read, for the report.
        if (!part || (rejected && !o.skipInvalid && !o.dryRun)) return;
        for (const k of ['events', 'places', 'actors', 'retract'] as const) written[k] += part[k]?.length ?? 0;
        before = writing;
        writing = writing.then(() => parts.add(part));
        writing.catch(() => undefined);
      };
      let placesTaken = 0;
      let actorsTaken = 0;
      const nextPart = (events: WriteBatch['events'] & {}, extra: WriteBatch): WriteBatch | undefined => {
        const part: WriteBatch = { ...extra };
        const text = archive.part();
        if (text !== undefined) part.sources = [{ at: { file: label, record: `the release (source "${archive.id}")` }, value: { ...archive.record(), text } }];
        if (places.added.length > placesTaken) part.places = places.added.slice(placesTaken).map((value) => ({ at: { file: label, record: `place "${value.id}"` }, value }));
        placesTaken = places.added.length;
        if (actors.added.size > actorsTaken) part.actors = [...actors.added.values()].slice(actorsTaken).map((value) => ({ at: { file: label, record: `actor "${value.id}"` }, value }));
        actorsTaken = actors.added.size;
        if (events.length) part.events = events;
        return batchSize(part) > 0 ? part : undefined;
      };
      try {
        await each((row) => builder.add(row, format.read(row)), () => (builder.pending >= (o.partRows ?? PART_ROWS) ? send() : undefined));
        tick();
        if (rejected && !o.skipInvalid && !o.dryRun) throw new RowsRejected(label, rejects, rejected);
        let retract: WriteBatch['retract'];
        if (o.replaceScope) {
          const ids = builder.ids;
          if (ids.size === 0) throw new ImportError(label, 'file', 'has no rows to import: --replace-scope would retract everything in scope, so nothing is done');
          retract = await retractionsFor(store, o.replaceScope, format.dataset, ids, label, `No longer in ${label}, a newer export of ${archive.release.dataset} (replacing ${o.replaceScope.text}).`);
        }
        await send(retract?.length ? { retract } : {});
        await writing;
        const result = await parts.commit();
        const records = Object.fromEntries(Object.entries({ sources: archive.rows > 0 ? 1 : 0, ...written }).filter(([, n]) => n > 0));
        const imported = archive.rows;
        const reviewBatch = review && (await sendToReview(store, review, reviewOf(o, label, releaseName(archive), archive.rows > 0 ? archive.id : null, rows, records, result)));
        return { file: label, format: o.format, rows, imported, rejects, rejected, records, events: result.events, notes, ...(imported > 0 && { sourceId: archive.id }), result, ...(reviewBatch && { reviewBatch }), elapsedMs: Date.now() - started };
      } catch (e) {
        await writing.catch(() => undefined);
        await parts.rollback();
        await review?.remove();
        throw e;
      }
    }
  }
  tick();

  if (rejected && !o.skipInvalid && !o.dryRun) throw new RowsRejected(label, rejects, rejected);
  const imported = archive.rows;
  if (imported > 0) batch.sources = [{ at: { file: label, record: `the release (source "${archive.id}")` }, value: archive.source() }];
  batch.places = places.added.map((value) => ({ at: { file: label, record: `place "${value.id}"` }, value }));
  batch.actors = [...actors.added.values()].map((value) => ({ at: { file: label, record: `actor "${value.id}"` }, value }));
  const review = o.forReview && !o.dryRun ? new ReviewSpool() : undefined;
  const result = await store.write(batch, { dryRun: !!o.dryRun || !!review, by: `import ${o.format} ${label}` });
  const records = Object.fromEntries([...PUT_KINDS, 'retract' as const].map((k) => [k, batch[k]?.length ?? 0]).filter(([, n]) => (n as number) > 0));
  await review?.append(batch);
  const reviewBatch = review && (await sendToReview(store, review, reviewOf(o, label, releaseName(archive), null, rows, records, result)));
  return { file: label, format: o.format, rows, imported, rejects, rejected, records, notes, ...(imported > 0 && { sourceId: archive.id }), result, ...(reviewBatch && { reviewBatch }), elapsedMs: Date.now() - started };
}

/** A release as the desk names it: "UCDP GED 23.1". */
const releaseName = (a: RowArchive) => [a.release.dataset, a.release.version].filter(Boolean).join(' ');

/** What the desk is told of a batch sent to review. */
function reviewOf(o: ImportOptions, label: string, dataset: string, streamedSource: string | null, rows: number, records: Record<string, number>, result: WriteResult): Parameters<typeof sendToReview>[2] {
  return {
    format: o.format,
    file: label,
    sourceId: streamedSource,
    sentBy: o.forReview!.sentBy,
    summary: { dataset, rows, counts: result.counts, records, checkedAt: result.version },
  };
}

/** Refuses a file whose kind (CSV or JSON) the format does not read, saying what it looks like. */
function checkKind(s: Sniffed, format: FormatName, label: string, hint: string) {
  const json = s.kind === 'json';
  if (format === 'geojson-control' && !json) throw new ImportError(label, 'file', `is not GeoJSON (it is not JSON)${hint}`);
  if ((format === 'acled' || format === 'csv') && json) throw new ImportError(label, 'file', `is JSON, not a CSV${hint}`);
  if (json && format !== 'geojson-control' && s.kind === 'json' && !s.keys.includes(JSON_KEYS[format]!)) {
    throw new ImportError(label, 'file', `is JSON without a "${JSON_KEYS[format]}" array, so it is not ${format === 'ucdp-ged' ? "the UCDP API's JSON" : "the UNHCR API's JSON"}${hint}`);
  }
  if (format === 'geojson-control' && json && !s.featureCollection && !s.keys.includes('features')) throw new ImportError(label, 'file', `is not a GeoJSON FeatureCollection${hint}`);
}

function needMap(o: ImportOptions, label: string): string {
  if (!o.mapFile) throw new ImportError(label, 'file', `needs a mapping file for the ${o.format} format: --map mapping.json (README, "Import datasets")`);
  return o.mapFile;
}

/** A release with a mapping's source fields and the command line's over it. */
function applySource(release: Release, s: SourceMapping, o: ImportOptions): Release {
  const r: Release = { ...release };
  if (s) {
    for (const [k, v] of Object.entries(s)) if (v !== undefined) (r as Record<string, unknown>)[k] = v;
    if (s.retrieved && !s.published) r.published = release.published === release.retrieved ? s.retrieved : release.published;
  }
  if (o.release) r.version = o.release;
  return r;
}
