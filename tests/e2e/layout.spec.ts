import { expect, test, waitForMapIdle } from './fixtures';

test.describe('at 375 px wide', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  test('shows the map above the panel, with every city on screen and nothing wider than the screen', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    const map = (await page.getByRole('region', { name: 'Map of events' }).boundingBox())!;
    const panel = (await page.getByRole('complementary', { name: 'Events' }).boundingBox())!;
    expect(map.width).toBe(375);
    expect(map.height).toBeGreaterThan(250);
    expect(panel.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    for (const name of ['Aleppo', 'Damascus', 'Ankara']) {
      const box = (await page.getByRole('region', { name: 'Map of events' }).getByRole('button', { name, exact: true }).boundingBox())!;
      expect(box.x, name).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, name).toBeLessThanOrEqual(375);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test('a tap on a city opens its events', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await page.getByRole('region', { name: 'Map of events' }).getByRole('button', { name: 'Ankara', exact: true }).tap();
    await expect(page.locator('article[data-event="araghchi-arrives-ankara"]')).toBeVisible();
  });
});
