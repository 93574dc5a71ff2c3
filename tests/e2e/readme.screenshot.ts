import { test, waitForMapIdle } from './fixtures';

// Not a test: `npm run screenshot` makes the README's pictures from the running app.
test('README screenshots', async ({ page }) => {
  await page.goto('/?place=aleppo');
  await waitForMapIdle(page);
  await page.screenshot({ path: 'docs/screenshot.png' });
  await page.goto('/?date=2024-11-30&area=aleppo-city&view=37.1343,36.2021,9');
  await waitForMapIdle(page);
  await page.screenshot({ path: 'docs/screenshot-control.png' });
  await page.goto('/?place=aleppo&date=2024-12-01');
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  await page.locator('iframe.embed-preview').waitFor();
  await page.waitForTimeout(2500);
  await page.screenshot({ path: 'docs/screenshot-embed-dialog.png' });
  await page.keyboard.press('Escape');
  await page.goto('/?lang=ar&place=aleppo&theme=dark');
  await waitForMapIdle(page);
  await page.screenshot({ path: 'docs/screenshot-arabic-dark.png' });
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/?place=ankara');
  await waitForMapIdle(page);
  await page.screenshot({ path: 'docs/screenshot-narrow.png' });
});
