import { defineConfig, devices } from '@playwright/test';
import { E2E_STORE_DIR } from './tests/e2e/support/store-dirs';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

/** Browser tests run in Debian's Chromium against a production build served by `next start`. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }, testIgnore: /readme\.screenshot/ },
    { name: 'readme', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 760 } }, testMatch: /readme\.screenshot\.ts/ },
  ],
  webServer: [
    {
      // A store of its own, emptied first: the tests write to it (tests/e2e/live.spec.ts).
      command: `rm -rf ${E2E_STORE_DIR} && npm run build && npx next start -p ${PORT}`,
      url: `${baseURL}/api/places`,
      timeout: 240_000,
      // Never reuse a server already on the port: it may be serving another build than this one.
      reuseExistingServer: false,
      env: { NEXT_TELEMETRY_DISABLED: '1', STORE_DIR: E2E_STORE_DIR, DATABASE_URL: '' },
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The same build on 10,000 synthetic events (tests/e2e/scale.spec.ts).
      command: `node tests/e2e/synthetic-server.mjs ${PORT} ${PORT + 1}`,
      url: `http://localhost:${PORT + 1}/api/places`,
      timeout: 300_000,
      reuseExistingServer: false,
      env: { NEXT_TELEMETRY_DISABLED: '1' },
      stdout: 'ignore',
      stderr: 'pipe',
    },
    // Two instances on one PostgreSQL database (tests/e2e/live-postgres.spec.ts), when the tests have one.
    ...(process.env.TEST_DATABASE_URL
      ? [{
          command: `node tests/e2e/pg-instances.mjs ${PORT} ${PORT + 2} ${PORT + 3}`,
          url: `http://localhost:${PORT + 3}/api/places`,
          timeout: 360_000,
          reuseExistingServer: false,
          env: { NEXT_TELEMETRY_DISABLED: '1' },
          stdout: 'ignore' as const,
          stderr: 'pipe' as const,
        }]
      : []),
  ],
});
