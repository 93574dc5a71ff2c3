import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';
import { dataApply, liveEvent } from './support/apply';
import { PG_INSTANCES } from './support/pg-instances';

const panel = (page: Page) => page.getByRole('complementary', { name: 'Events' });

// Under CI the PostgreSQL pair must run: a missing database fails rather than skips.
test.skip(!PG_INSTANCES && !process.env.CI, 'TEST_DATABASE_URL is not set: start a cluster with scripts/pg-cluster.sh');

test('two instances on one PostgreSQL database: an event written while a reader has the second open appears there without a reload', async ({ page, guard }) => {
  expect(PG_INSTANCES, 'TEST_DATABASE_URL must be set under CI').not.toBeNull();
  const { a, b, env } = PG_INSTANCES!;
  guard.allowOrigin(b);
  const id = 'live-test-postgres-report';
  // Both instances answer from the same database.
  expect((await (await fetch(`${a}/api/places/counts?to=2024-12-01`)).json()).counts.aleppo).toBe(2);
  await page.goto(`${b}/?place=aleppo&date=2024-12-01`);
  await waitForMapIdle(page);
  await expect(panel(page).locator('article[data-event]')).toHaveCount(2);
  const navigations: string[] = [];
  page.on('framenavigated', (f) => f === page.mainFrame() && navigations.push(f.url()));
  try {
    dataApply({ events: [liveEvent(id, 'Test: a report written beside instance A')] }, env);
    await expect(panel(page).locator(`article[data-event="${id}"]`)).toBeVisible({ timeout: 10_000 });
    expect((await (await fetch(`${a}/api/places/counts?to=2024-12-01`)).json()).counts.aleppo).toBe(3);
    expect(navigations, 'the page was not reloaded').toEqual([]);
  } finally {
    dataApply({ retract: [{ kind: 'event', id, reason: 'Test record, written and withdrawn by the browser tests.' }] }, env);
  }
  await expect(panel(page).locator(`article[data-event="${id}"]`)).toHaveCount(0, { timeout: 10_000 });
});
