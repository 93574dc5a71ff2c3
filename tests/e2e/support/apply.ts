import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Runs `npm run data:apply` on a file holding `records`, against the store `env` names; throws with its output if it fails. */
export function dataApply(records: Record<string, unknown>, env: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'situation-e2e-apply-'));
  const file = path.join(dir, 'apply.json');
  writeFileSync(file, JSON.stringify(records));
  const run = spawnSync(path.join(process.cwd(), 'node_modules/.bin/tsx'), ['scripts/data-apply.ts', file], { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`data:apply failed: ${run.stdout}${run.stderr}`);
  return run.stdout;
}

/** A test event at Aleppo on 1 December 2024, sourced to the archived article's words about the capture. */
export const liveEvent = (id: string, title: string) => ({
  id,
  date: '2024-12-01',
  datePrecision: 'day',
  dateText: 'on Saturday',
  dateNote: 'Test record: dated a day after the capture the quote reports, to test live updates.',
  placeId: 'aleppo',
  category: 'military',
  actors: ['syrian-opposition'],
  status: 'reported',
  title,
  summary: 'A record written by the browser tests while the page is open; retracted when the test ends.',
  sources: [{ sourceId: 'firstpost-2024-12-02-araghchi-ankara', quote: 'on Saturday captured much of Aleppo, once the largest city from Syria' }],
});
