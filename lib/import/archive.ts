import type { SourceRecord } from '@/lib/schemas/source';
import type { ArchivedSource } from '@/lib/store/batch';
import { shortHash, slugOf } from './text';

/** What a dataset release says about itself: becomes the source that every imported row cites. */
export type Release = {
  /** The dataset without its version: "UCDP GED", "ACLED", "UNHCR population". */
  dataset: string;
  publisher: string;
  title: string;
  version?: string;
  url: string;
  licence?: { name: string; url?: string };
  attribution?: string;
  redistributable?: boolean;
  /** When the release was published; the retrieval day when the file does not say. */
  published: string;
  retrieved: string;
  language: string;
  note?: string;
};

/** One cell of a row as archived: the column's name and the cell exactly as read. */
export type Cell = [column: string, value: string];

/**
 * The archived text of one imported file of a dataset release: a short preamble, then one block
 * per imported row, each cell on its own line as `column: value` in the file's order, values
 * exactly as read (newlines and all). Every quote an imported record cites is cut from its row's
 * block, so the store's check (the quote stands verbatim in the archived text) holds it to the row.
 */
export class RowArchive {
  private blocks: string[] = [];
  private count = 0;
  private parted = false;
  readonly id: string;

  constructor(
    readonly release: Release,
    readonly fileName: string,
  ) {
    this.id = sourceIdOf(release, fileName);
  }

  /** Adds a row's block, headed by where it stands in the file (`row 214`, `Result[4]`); returns the block's cell lines. */
  add(at: string, cells: Cell[]): string {
    const lines = cells.map(([c, v]) => `${c}: ${v}`).join('\n');
    this.blocks.push(`${at}\n${lines}\n`);
    this.count++;
    return lines;
  }

  /** Rows archived so far. */
  get rows(): number {
    return this.count;
  }

  /** The source record, without its text. */
  record(): SourceRecord {
    const r = this.release;
    return {
      id: this.id,
      file: `${this.id}.txt`,
      url: r.url,
      publisher: r.publisher,
      title: `${r.title}${r.version ? `, version ${r.version}` : ''} (${this.fileName})`,
      published: r.published,
      language: r.language,
      ...(r.note && { note: r.note }),
      ...(r.licence && { licence: r.licence }),
      ...(r.attribution && { attribution: r.attribution }),
      ...(r.version && { version: r.version }),
      retrieved: r.retrieved,
      ...(r.redistributable !== undefined && { redistributable: r.redistributable }),
    };
  }

  /** A short preamble that says what the blocks are. */
  private preamble(): string {
    const r = this.release;
    return (
      `${r.title}${r.version ? ` (version ${r.version})` : ''}, ${r.publisher}.\n` +
      `The rows of ${this.fileName} imported from it, one block per row: each cell as "column: value", in the file's order, exactly as read.\n` +
      (r.attribution ? `Credit: ${r.attribution}\n` : '') +
      (r.licence ? `Licence: ${r.licence.name}${r.licence.url ? ` (${r.licence.url})` : ''}\n` : '') +
      '\n'
    );
  }

  /** The source record with its whole archived text (for a file small enough to hold). */
  source(): ArchivedSource {
    return { ...this.record(), text: this.preamble() + this.blocks.join('\n') };
  }

  /**
   * The archived text of the rows added since the last part (the first part starts with the
   * preamble), and forgets them: the parts joined are exactly source()'s text. Undefined when no
   * row was added since.
   */
  part(): string | undefined {
    if (this.blocks.length === 0) return undefined;
    const text = (this.parted ? '\n' : this.preamble()) + this.blocks.join('\n');
    this.parted = true;
    this.blocks = [];
    return text;
  }
}

/** A release's source id: the dataset, its version and the file imported ("ucdp-ged-23-1-ged231-sample"). */
export function sourceIdOf(release: Release, fileName: string): string {
  const base = slugOf(fileName.replace(/\.(csv|tsv|txt|json|geojson)$/i, ''), 90);
  const dataset = slugOf(release.dataset);
  // A file named after its dataset ("acled-syria.csv", no version) is not prefixed with it twice.
  const id = slugOf(`${base.startsWith(dataset) && !release.version ? '' : release.dataset} ${release.version ?? ''} ${base}`, 90);
  return id || `import-${shortHash(`${release.dataset}|${fileName}`)}`;
}

/**
 * The words a record quotes from a cell: the value itself, or, when that is too short to stand
 * alone as a quote (under 12 characters), its whole line `column: value`. Either stands verbatim
 * in the row's block.
 */
export function cellQuote(column: string, value: string): string {
  const v = value.trim();
  return v.length >= 12 ? v : `${column}: ${value}`.trim();
}
