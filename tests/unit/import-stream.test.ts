import { createWriteStream, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ucdpFormat } from '@/lib/import/formats/ucdp';
import { runImport } from '@/lib/import/run-import';
import { publishBatch } from '@/lib/desk/import-review';
import { deskStore } from '@/lib/desk/desk-store';
import { csvRows } from '@/lib/import/rows';
import { fixture, freshStore, tempDir } from '@/tests/fixtures/import-store';

// A UCDP-shaped file of any size: the real sample's rows again and again, each copy with new ids.
const [header, ...body] = readFileSync(fixture('ucdp-ged231-sample.csv'), 'utf8').replace(/\n$/, '').split(/\n(?=\d+,)/);

// The heap a test holds, garbage collected first: what is kept, whenever the collector last ran.
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;
const heldHeap = () => {
  collect();
  return process.memoryUsage().heapUsed;
};

async function generate(file: string, minBytes: number): Promise<number> {
  const out = createWriteStream(file);
  const write = (s: string) => new Promise<void>((resolve) => (out.write(s) ? resolve() : out.once('drain', resolve)));
  await write(`${header}\n`);
  let rows = 0;
  let bytes = 0;
  for (let copy = 0; bytes < minBytes; copy++) {
    const chunk = body.map((line) => line.replace(/^(\d+),/, (_, id) => `${Number(id) + copy * 1_000_000},`)).join('\n') + '\n';
    bytes += chunk.length;
    rows += body.length;
    await write(chunk);
  }
  await new Promise((resolve) => out.end(resolve));
  return rows;
}

/** A fresh store and a generated file of about 20,000 UCDP rows (12 MB); the heap measured from after both. */
async function twentyThousandRows() {
  const dir = tempDir();
  const file = path.join(dir, 'ged231-20k.csv');
  const rows = await generate(file, 12_000_000);
  const store = await freshStore();
  return { dir, file, rows, store, baseline: heldHeap() };
}

describe('streaming a large file', () => {
  it('reads a 200 MB UCDP file row by row in flat memory', { timeout: 600_000 }, async () => {
    const dir = tempDir();
    const file = path.join(dir, 'ged231-large.csv');
    try {
      const t0 = Date.now();
      const expected = await generate(file, 200 * 1024 * 1024);
      const t1 = Date.now();
      expect(statSync(file).size).toBeGreaterThan(200 * 1024 * 1024);
      const stream = await csvRows(file, 'ged231-large.csv');
      const format = ucdpFormat(stream.columns, 'ged231-large.csv', '');
      const baseline = heldHeap();
      let peak = 0;
      let rows = 0;
      let deaths = 0;
      for await (const row of stream.rows) {
        deaths += format.read(row).fatalities?.best ?? 0;
        if (++rows % 20_000 === 0) peak = Math.max(peak, heldHeap() - baseline);
      }
      console.info(`200 MB: generated in ${((t1 - t0) / 1000).toFixed(1)} s, ${rows} rows read in ${((Date.now() - t1) / 1000).toFixed(1)} s, heap growth at most ${(peak / 2 ** 20).toFixed(1)} MB`);
      expect(rows).toBe(expected);
      expect(deaths).toBeGreaterThan(0);
      // The file is 200 MB (400 MB as JavaScript strings): reading it whole could not stay under this.
      expect(peak / 2 ** 20, 'heap growth in MB while reading').toBeLessThan(64);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('imports twenty thousand rows in one transaction in flat memory, every quote checked against the release\'s archive', { timeout: 180_000 }, async () => {
    const { dir, file, rows, store, baseline } = await twentyThousandRows();
    let peak = 0;
    let sampled = 0;
    const report = await runImport(store, {
      format: 'ucdp-ged',
      file,
      retrieved: '2026-01-10',
      onProgress: (p) => {
        if (p.rows - sampled < 2_500) return;
        sampled = p.rows;
        peak = Math.max(peak, heldHeap() - baseline);
      },
    });
    expect(report).toMatchObject({ rows, imported: rows, rejected: 0 });
    expect(report.events!.inserted).toBe(rows);
    console.info(`${rows} rows imported in ${(report.elapsedMs / 1000).toFixed(1)} s, heap held at most ${(peak / 2 ** 20).toFixed(1)} MB above the start`);
    // Held whole (one part), the rows' records and archived blocks came to about 75 MB; in parts of 2,000 rows,
    // what is held is a few parts and each row's id.
    expect(peak / 2 ** 20, 'heap held in MB while importing').toBeLessThan(40);
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends twenty thousand rows to review and publishes them, a part at a time, in flat memory', { timeout: 240_000 }, async () => {
    const { dir, file, rows, store, baseline } = await twentyThousandRows();
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, heldHeap() - baseline)), 200);
    try {
      const report = await runImport(store, { format: 'ucdp-ged', file, retrieved: '2026-01-10', forReview: { sentBy: 'test' } });
      expect(await store.event(`ucdp-ged-${body[0].split(',')[0]}`)).toBeUndefined();
      const user = { id: 'u', email: 'publisher@example.org', name: 'P', role: 'publisher' as const };
      const { result } = await publishBatch({ store, user, desk: deskStore(store) }, report.reviewBatch!);
      expect(result.events.inserted).toBe(rows);
      console.info(`${rows} rows sent to review and published, heap held at most ${(peak / 2 ** 20).toFixed(1)} MB above the start`);
      expect(peak / 2 ** 20, 'heap held in MB while sending and publishing').toBeLessThan(40);
    } finally {
      clearInterval(sampler);
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
