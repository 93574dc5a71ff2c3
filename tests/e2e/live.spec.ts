import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';
import { dataApply, liveEvent } from './support/apply';
import { E2E_STORE_DIR } from './support/store-dirs';

const panel = (page: Page) => page.getByRole('complementary', { name: 'Events' });
/** The event count drawn beside a place's marker. */
const count = (page: Page, id: string) => page.locator(`#marker-count-${id} [aria-hidden]`);
const env = { STORE_DIR: E2E_STORE_DIR, DATABASE_URL: '' };
const zoom = (page: Page) => page.evaluate(() => (window as unknown as { __situationMap: { getZoom: () => number } }).__situationMap.getZoom());

test('an event applied while the server runs appears in the open panel and on the map, and nothing else the reader sees moves', async ({ page }) => {
  const id = 'live-test-aleppo-report';
  const later = 'live-test-aleppo-later';
  const slider = page.getByRole('slider', { name: 'Date' });
  const url = '/?place=aleppo&date=2024-12-01&view=37.1000,36.2000,7.00';
  await page.goto(url);
  await waitForMapIdle(page);
  await expect(panel(page).locator('article[data-event]')).toHaveCount(2);
  await expect(count(page, 'aleppo')).toHaveText('2');
  await expect(slider).toHaveAttribute('max', '7');
  const zoomBefore = await zoom(page);
  try {
    // One event on the reader's day, one two days after the data's last day: the span grows.
    dataApply({ events: [liveEvent(id, 'Test: a report from Aleppo applied live'), { ...liveEvent(later, 'Test: a later report'), date: '2024-12-04' }] }, env);
    await expect(panel(page).locator(`article[data-event="${id}"]`)).toBeVisible({ timeout: 10_000 });
    await expect(panel(page).locator('article[data-event]')).toHaveCount(3);
    await expect(count(page, 'aleppo')).toHaveText('3');
    await expect(page.getByRole('status').filter({ hasText: /Updated at .*: events and places/ })).toBeVisible();
    await expect(slider, 'the timeline reaches the new last day').toHaveAttribute('max', '9');
    await expect(slider, "the reader's day stays").toHaveAttribute('aria-valuetext', /1 Dec 2024/);
    expect(new URL(page.url()).search).toBe(new URL(url, 'http://x').search);
    expect(await zoom(page)).toBeCloseTo(zoomBefore, 5);
  } finally {
    const reason = 'Test record, written and withdrawn by the browser tests.';
    dataApply({ retract: [{ kind: 'event', id, reason }, { kind: 'event', id: later, reason }] }, env);
  }
  await expect(panel(page).locator(`article[data-event="${id}"]`)).toHaveCount(0, { timeout: 10_000 });
  await expect(count(page, 'aleppo')).toHaveText('2');
  await expect(slider).toHaveAttribute('max', '7');
});
