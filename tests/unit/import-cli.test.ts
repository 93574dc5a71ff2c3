import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editedFixture, fixture, tempDir, tempFile } from '@/tests/fixtures/import-store';

const root = process.cwd();
const tsx = path.join(root, 'node_modules/.bin/tsx');
const run = (storeDir: string, ...args: string[]) =>
  spawnSync(tsx, ['scripts/import.ts', ...args], { cwd: root, env: { ...process.env, STORE_DIR: storeDir, DATABASE_URL: '' }, encoding: 'utf8' });

describe('npm run import', { timeout: 120_000 }, () => {
  it('prints what a dry run would do, writes nothing, then imports, then finds nothing to change', () => {
    const dir = tempDir();
    const args = ['ucdp-ged', fixture('ucdp-ged231-sample.csv'), '--retrieved', '2026-01-10', '--release', '23.1'];
    const dry = run(dir, ...args, '--dry-run');
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('ucdp-ged231-sample.csv (ucdp-ged): 121 rows read, 121 imported, 0 rejected');
    expect(dry.stdout).toContain('events: 121 new, 0 updated, 0 unchanged, 0 retracted');
    expect(dry.stdout).toMatch(/dry run: would write \d+ new, 0 updated, 0 unchanged, 0 retracted records; nothing was written/);
    const first = run(dir, ...args);
    expect(first.stdout).toMatch(/imported: \d+ new, 0 updated, 0 unchanged, 0 retracted records, in one transaction; the store is at version 2/);
    const again = run(dir, ...args);
    expect(again.stdout).toMatch(/events: 0 new, 0 updated, 121 unchanged, 0 retracted\nnothing changed .*; the store stays at version 2/);
  });

  it('sends a file to review with --for-review: checked, kept pending, nothing published', () => {
    const dir = tempDir();
    const args = ['ucdp-ged', fixture('ucdp-ged231-sample.csv'), '--retrieved', '2026-01-10', '--release', '23.1'];
    const sent = run(dir, ...args, '--for-review', '--sent-by', 'analyst@example.org');
    expect(sent.status, sent.stderr).toBe(0);
    expect(sent.stdout).toContain('events: 121 new, 0 updated, 0 unchanged, 0 retracted');
    expect(sent.stdout).toMatch(/checked: would write \d+ new, 0 updated, 0 unchanged, 0 retracted records; kept for review, nothing was published/);
    expect(sent.stdout).toMatch(/sent to review as batch import-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}: nothing is published until a publisher publishes it at \/desk\/imports/);
    // Still new to the store: nothing of the batch was written.
    expect(run(dir, ...args, '--dry-run').stdout).toContain('events: 121 new');
    expect(run(dir, ...args, '--sent-by', 'x').stderr).toContain('--sent-by names who sent a batch --for-review');
  });

  it('refuses a file with a bad row, naming row and column, lists the reasons and writes the rejects', () => {
    const dir = tempDir();
    const bad = tempFile('ged-bad.csv', editedFixture('ucdp-ged231-sample.csv', (t) => t.replace(',34.926532,36.732381,', ',95.2,36.732381,').replace(',2011-12-04,2011-12-04,', ',2011-12-34,2011-12-04,')));
    const rejects = path.join(dir, 'rejects.csv');
    const result = run(dir, 'ucdp-ged', bad, '--release', '23.1', '--rejects', rejects);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('data error: ged-bad.csv: row 2, latitude: 95.2 is not between -90 and 90 (and 1 more rows refused)');
    expect(result.stderr).toContain('1 × date_start: is not a calendar date (row 3)');
    expect(result.stderr).toContain('nothing was written');
    expect(readFileSync(rejects, 'utf8')).toBe('row,column,reason\nrow 2,latitude,95.2 is not between -90 and 90\nrow 3,date_start,2011-12-34 is not a calendar date\n');
    const skipped = run(dir, 'ucdp-ged', bad, '--release', '23.1', '--rejects', rejects, '--skip-invalid');
    expect(skipped.status, skipped.stderr).toBe(0);
    expect(skipped.stdout).toContain('121 rows read, 119 imported, 2 rejected');
  });

  it('says what a file in the wrong format looks like, and explains its usage', () => {
    const dir = tempDir();
    const wrong = run(dir, 'acled', fixture('ucdp-ged231-sample.csv'));
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/it looks like a UCDP GED file: npm run import -- ucdp-ged FILE\nnothing was written/);
    const fresh = tempDir();
    const usage = run(fresh, 'shapefile', 'x.shp');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^unknown format "shapefile"\nusage: npm run import -- <ucdp-ged\|acled\|unhcr\|geojson-control\|csv> FILE/);
    expect(existsSync(path.join(fresh, 'situation.sqlite')), 'a usage error opens no store').toBe(false);
  });
});
