import { mkdirSync } from 'node:fs';
import { test } from '../fixtures';
import { startOwnServer } from './own-server';

/**
 * A desk spec's server of its own (the build, a store of its own seeded from data/) on `port`,
 * started before its tests and stopped after; every test may talk to it, and `shots` (a folder for
 * screenshots, when given) is made first.
 */
export function useDeskServer(port: number, storeDir: string, shots: string | undefined) {
  let stopServer: (() => void) | undefined;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    if (shots) mkdirSync(shots, { recursive: true });
    stopServer = await startOwnServer(port, storeDir);
  });
  test.afterAll(() => stopServer?.());
  test.use({ actionTimeout: 20_000 });
  test.beforeEach(({ guard }) => guard.allowOrigin(`http://localhost:${port}`));
}
