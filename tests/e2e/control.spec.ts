import type { Page } from '@playwright/test';
import { CONTROL_FILL_OPACITY } from '@/lib/map/control-layers';
import { MAP_COLORS } from '@/lib/map/style';
import { colorAt, colorDistance, expect, pagePoint, rgb, test, waitForMapIdle } from './fixtures';

const ALEPPO: [number, number] = [37.1343, 36.2021];
// 3 km south of the centre: inside the 8 km outline, clear of the city's marker.
const IN_ALEPPO: [number, number] = [37.1343, 36.2021 - 0.027];
const zoomedOnAleppo = (date: string) => `/?date=${date}&view=${ALEPPO.join(',')},10`;

/** The legend's swatch colour for an actor, as the page draws it. */
async function legendColor(page: Page, actorName: string): Promise<[number, number, number]> {
  const swatch = page.locator('.legend li', { hasText: `Held by ${actorName}` }).locator('.legend-swatch');
  const css = await swatch.evaluate((el) => getComputedStyle(el).backgroundColor);
  return css.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number];
}

/** What a fill of `color` at the control opacity looks like over land. */
const overLand = (color: number[]) => rgb(MAP_COLORS.land).map((l, i) => Math.round(l * (1 - CONTROL_FILL_OPACITY) + color[i] * CONTROL_FILL_OPACITY));

test('Aleppo changes colour between 29 November and 1 December, as the legend says it should', async ({ page }) => {
  await page.goto(zoomedOnAleppo('2024-11-29'));
  await waitForMapIdle(page);
  const government = await legendColor(page, 'Syrian government (Assad)');
  const before = await colorAt(page, IN_ALEPPO);
  expect(colorDistance(before, overLand(government)), `29 Nov pixel ${before}, legend ${government}`).toBeLessThanOrEqual(4);

  await page.goto(zoomedOnAleppo('2024-12-01'));
  await waitForMapIdle(page);
  await expect(page.locator('.legend')).not.toContainText('Syrian government');
  const opposition = await legendColor(page, 'Syrian opposition forces');
  const after = await colorAt(page, IN_ALEPPO);
  expect(colorDistance(after, overLand(opposition)), `1 Dec pixel ${after}, legend ${opposition}`).toBeLessThanOrEqual(4);
  expect(colorDistance(before, after)).toBeGreaterThan(40);
});

test('the slider and the step buttons move the date in the URL', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const timeline = page.getByRole('group', { name: 'Timeline' });
  const slider = timeline.getByRole('slider', { name: 'Date' });
  await expect(slider).toHaveAttribute('aria-valuetext', 'Mon, 2 Dec 2024');
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/[?&]date=2024-12-01(&|$)/);
  await timeline.getByRole('button', { name: 'Previous day' }).click();
  await expect(page).toHaveURL(/[?&]date=2024-11-30(&|$)/);
  await expect(timeline.locator('output')).toHaveText('Sat, 30 Nov 2024');
  await timeline.getByRole('button', { name: 'Next day' }).click();
  await expect(page).toHaveURL(/[?&]date=2024-12-01(&|$)/);
});

test('clicking the area shows its sourced claim and quote', async ({ page }) => {
  await page.goto(zoomedOnAleppo('2024-12-01'));
  await waitForMapIdle(page);
  const { x, y } = await pagePoint(page, IN_ALEPPO);
  await page.mouse.click(x, y);
  await expect(page).toHaveURL(/[?&]area=aleppo-city(&|$)/);
  const panel = page.getByRole('complementary', { name: 'Events' });
  await expect(panel.locator('.area-holder')).toContainText('Held by Syrian opposition forces · captured · much of the city');
  await expect(panel.locator('blockquote').first()).toHaveText('“on Saturday captured much of Aleppo, once the largest city from Syria”');
  await expect(panel).toContainText('approximate outline');
  await expect(panel).toContainText('201 km²');
});

test('before the capture the area panel says the government hold is inferred, with the quote it rests on', async ({ page }) => {
  await page.goto('/?date=2024-11-29&area=aleppo-city');
  const panel = page.getByRole('complementary', { name: 'Events' });
  await expect(panel.locator('.area-holder')).toContainText('Held by Syrian government (Assad)');
  await expect(panel).toContainText('Inferred, not stated.');
  await expect(panel.locator('blockquote')).toContainText("launched an offensive against Assad's longtime regime");
});

test('events after the date are hidden, never mixed with what has happened', async ({ page }) => {
  await page.goto('/?date=2024-11-29');
  const panel = page.getByRole('complementary', { name: 'Events' });
  await expect(panel.locator('article')).toHaveCount(1);
  await expect(panel.locator('article[data-event="opposition-offensive-launched"]')).toBeVisible();
  await expect(panel).toContainText('5 events after this date are hidden');
  await expect(page.locator('[data-place="ankara"] + .place-marker-count')).toHaveText(/^0/);

  await page.goto('/?date=2024-12-01&place=ankara');
  await expect(panel.locator('article')).toHaveCount(1);
  await expect(panel.locator('.tag-expected')).toHaveCount(0);
  await expect(panel).toContainText('2 events after this date are hidden');
});

test('play steps through the days and pause stops it, also with reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?date=2024-11-29');
  const timeline = page.getByRole('group', { name: 'Timeline' });
  // The histogram is fetched in the browser: once drawn, the page is hydrated and Play answers.
  await expect(timeline.locator('.histogram')).not.toHaveAttribute('data-bars', '0');
  await timeline.getByRole('button', { name: 'Play' }).click();
  await expect(page).toHaveURL(/date=2024-11-30/, { timeout: 5_000 });
  await timeline.getByRole('button', { name: 'Pause' }).click();
  const paused = page.url();
  await page.waitForTimeout(2_500);
  expect(page.url()).toBe(paused);
});
