import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const tsx = path.join(root, 'node_modules/.bin/tsx');
const realEvents = JSON.parse(readFileSync(path.join(root, 'data/events.json'), 'utf8')) as Record<string, unknown>[];
const capture = realEvents.find((e) => e.id === 'aleppo-captured')!;

/** An apply file of `n` events, each the real capture event under a new id. */
function applyFile(dir: string, n: number, change: Record<string, unknown> = {}) {
  const file = path.join(dir, `apply-${n}-${Object.keys(change).join('-') || 'plain'}.json`);
  writeFileSync(file, JSON.stringify({ events: Array.from({ length: n }, (_, i) => ({ ...capture, id: `applied-event-${i}`, ...change })) }));
  return file;
}

const run = (storeDir: string, ...args: string[]) =>
  spawnSync(tsx, ['scripts/data-apply.ts', ...args], { cwd: root, env: { ...process.env, STORE_DIR: storeDir, DATABASE_URL: '' }, encoding: 'utf8' });

describe('npm run data:apply', { timeout: 120_000 }, () => {
  it('writes new records once, then finds nothing to change', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'situation-apply-'));
    const file = applyFile(dir, 2);
    const first = run(dir, file);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/applied .*: 2 new, 0 updated, 0 unchanged, 0 retracted; the store is at version 2 \(changed: events, places\)/);
    const again = run(dir, file);
    expect(again.stdout).toMatch(/nothing changed \(0 new, 0 updated, 2 unchanged, 0 retracted\); the store stays at version 2/);
  });

  it('refuses a record that breaks a rule, names it, and writes nothing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'situation-apply-'));
    const bad = run(dir, applyFile(dir, 3, { placeId: 'atlantis' }));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^data error: apply-3-placeId\.json: events\[0\] \(id "applied-event-0"\)\.placeId: place "atlantis" is not defined\nnothing was written/);
    const dry = run(dir, applyFile(dir, 3), '--dry-run');
    expect(dry.stdout).toMatch(/dry run: would write 3 new/);
  });

  it('leaves nothing of an apply killed in the middle, and the next apply works', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'situation-apply-'));
    expect(run(dir, applyFile(dir, 1)).status).toBe(0);
    const big = applyFile(dir, 100_000, { title: 'One of many' });
    const child = spawn(tsx, ['scripts/data-apply.ts', big], { cwd: root, env: { ...process.env, STORE_DIR: dir, DATABASE_URL: '' }, detached: true });
    await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => d.toString().includes('in one transaction') && resolve()));
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    const after = run(dir, applyFile(dir, 1), '--dry-run');
    expect(after.stdout, 'the killed apply left no record behind').toMatch(/would write 0 new, 0 updated, 1 unchanged/);
    const next = run(dir, applyFile(dir, 2));
    expect(next.stdout).toMatch(/1 new, 0 updated, 1 unchanged, 0 retracted; the store is at version 3/);
  });
});
