import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();

/** Runs `npm run check-data`'s script on a copy of data/ changed by `edit`. */
function checkData(edit: (dir: string) => void) {
  const dir = mkdtempSync(path.join(tmpdir(), 'situation-data-'));
  try {
    cpSync(path.join(root, 'data'), dir, { recursive: true });
    edit(dir);
    return spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/check-data.ts'], { cwd: root, env: { ...process.env, DATA_DIR: dir }, encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const editJson = (file: string, change: (records: Record<string, unknown>[]) => void) => (dir: string) => {
  const p = path.join(dir, file);
  const records = JSON.parse(readFileSync(p, 'utf8'));
  change(records);
  writeFileSync(p, JSON.stringify(records));
};

describe('npm run check-data', { timeout: 30_000 }, () => {
  it('passes on the real data', () => {
    const run = checkData(() => {});
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^data ok: 3 places, 6 events/);
  });

  it.each([
    ['broken JSON', (dir: string) => writeFileSync(path.join(dir, 'events.json'), '[{"id": "x",'), /^data error: data\/events\.json: file: is not valid JSON/],
    ['a coordinate out of range', editJson('places.json', (r) => { r[0].coordinates = [37.13, 136.2]; }), /^data error: data\/places\.json: \[0\] \(id "aleppo"\)\.coordinates\[1\]: /],
    ['a missing source', editJson('events.json', (r) => { (r[1].sources as { sourceId: string }[])[0].sourceId = 'reuters-2024-12-01'; }), /^data error: data\/events\.json: \[1\] \(id "aleppo-captured"\)\.sources\[0\]\.sourceId: source "reuters-2024-12-01" is not defined/],
    ['a quote not in its text', editJson('events.json', (r) => { (r[1].sources as { quote: string }[])[0].quote = 'on Friday captured all of Aleppo'; }), /^data error: data\/events\.json: \[1\] \(id "aleppo-captured"\)\.sources\[0\]\.quote: quote is not found verbatim/],
    ['a duplicate id', editJson('places.json', (r) => { r[1].id = 'aleppo'; }), /^data error: data\/places\.json: \[1\] \(id "aleppo"\): id is used twice/],
    ['a place that does not exist', editJson('events.json', (r) => { r[2].placeId = 'homs'; }), /^data error: data\/events\.json: \[2\] \(id "araghchi-meets-assad"\)\.placeId: place "homs" is not defined/],
    ['an archived text that is missing', (dir: string) => rmSync(path.join(dir, 'sources', 'firstpost-2024-12-02-araghchi-ankara.txt')), /archived text data\/sources\/firstpost-2024-12-02-araghchi-ankara\.txt is missing/],
  ])('fails with the file, the record and the reason for %s', (_, edit, message) => {
    const run = checkData(edit);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(message);
  });
});
