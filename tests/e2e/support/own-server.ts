import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { expect } from '@playwright/test';

/**
 * Starts the build with `next start` on a port and an embedded store of its own (emptied first,
 * seeded from data/ on its first start), for a spec whose writes must not touch the main server's
 * store; resolves once it answers. Returns the stop.
 */
export async function startOwnServer(port: number, storeDir: string): Promise<() => void> {
  rmSync(storeDir, { recursive: true, force: true });
  const server: ChildProcess = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', STORE_DIR: storeDir, DATABASE_URL: '' },
  });
  await expect.poll(() => fetch(`http://localhost:${port}/api/places`).then((r) => r.ok, () => false), { timeout: 180_000, intervals: [250] }).toBe(true);
  return () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  };
}
