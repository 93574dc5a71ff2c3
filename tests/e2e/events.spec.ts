import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

const ARTICLE = /^https:\/\/www\.firstpost\.com\/world\/amid-syrian-rebels-offensive/;
const marker = (page: Page, name: string) => page.getByRole('region', { name: 'Map of events' }).getByRole('button', { name, exact: true });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Events' });

test('clicking Aleppo shows its events, each with its quote and a source link that opens in a new tab', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await marker(page, 'Aleppo').click();

  await expect(page).toHaveURL(/\/\?place=aleppo$/);
  await expect(panel(page).getByRole('heading', { level: 2 })).toContainText('Aleppo');
  const capture = panel(page).locator('article[data-event="aleppo-captured"]');
  await expect(capture.getByRole('heading')).toHaveText('Opposition forces capture much of Aleppo');
  await expect(capture.locator('time')).toHaveText('Sat, 30 Nov 2024');
  await expect(capture.locator('blockquote')).toHaveText('“on Saturday captured much of Aleppo, once the largest city from Syria”');
  const link = capture.getByRole('link', { name: /Firstpost/ });
  await expect(link).toHaveAttribute('href', ARTICLE);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(marker(page, 'Aleppo')).toHaveAttribute('aria-pressed', 'true');
});

test('shows a week-precision date as the week, with the source\'s own words', async ({ page }) => {
  await page.goto('/?place=aleppo');
  const offensive = panel(page).locator('article[data-event="opposition-offensive-launched"]');
  await expect(offensive.locator('time')).toHaveText('25 Nov 2024 – 1 Dec 2024');
  await expect(offensive).toContainText('known only to the week');
  await expect(offensive.locator('.event-precision q')).toHaveText('Last week');
});

test('each city opens its own sourced events; announced talks read as expected, credited to AFP', async ({ page }) => {
  const expectations = { Aleppo: 2, Damascus: 1, Ankara: 3 };
  await page.goto('/');
  await waitForMapIdle(page);
  for (const [name, count] of Object.entries(expectations)) {
    await marker(page, name).click();
    await expect(panel(page).getByRole('heading', { level: 2 })).toContainText(name);
    await expect(panel(page).locator('article')).toHaveCount(count);
    for (const article of await panel(page).locator('article').all()) {
      await expect(article.locator('blockquote').first()).toBeVisible();
      await expect(article.getByRole('link', { name: /Firstpost/ }).first()).toHaveAttribute('href', ARTICLE);
    }
  }
  const talks = panel(page).locator('article[data-event="araghchi-fidan-talks"]');
  await expect(talks).toContainText('Expected, not yet reported as happened');
  await expect(talks.locator('figcaption')).toContainText('according to AFP');
});

test('a marker is reached with Tab and opened with Enter', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  let reached = false;
  for (let i = 0; i < 15 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.place === 'damascus');
  }
  expect(reached, 'Tab reaches the Damascus marker').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?place=damascus$/);
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
  await expect(panel(page).locator('article[data-event="araghchi-meets-assad"]')).toBeVisible();
});

test('the deep link /?place=damascus opens Damascus', async ({ page }) => {
  await page.goto('/?place=damascus');
  await expect(panel(page).getByRole('heading', { level: 2 })).toContainText('Damascus');
  await expect(panel(page).getByRole('heading', { level: 2 })).toContainText('دمشق');
  await expect(panel(page).locator('blockquote').first()).toContainText('Damascus');
});

test('back and forward move between the places the reader opened', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  await marker(page, 'Aleppo').click();
  await expect(page).toHaveURL(/\?place=aleppo$/);
  await marker(page, 'Ankara').click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toContainText('Ankara');

  await page.goBack();
  await expect(page).toHaveURL(/\?place=aleppo$/);
  await expect(panel(page).getByRole('heading', { level: 2 })).toContainText('Aleppo');
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(panel(page).getByRole('heading', { name: 'Events up to this date' })).toBeVisible();
  await page.goForward();
  await expect(panel(page).getByRole('heading', { level: 2 })).toContainText('Aleppo');
});

test('an unknown place in the URL says so instead of showing an empty panel', async ({ page }) => {
  await page.goto('/?place=paris');
  await expect(panel(page)).toContainText('There is no place with the id “paris”');
  await panel(page).getByRole('button', { name: '← Overview' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('pressing a selected city again closes its events', async ({ page }) => {
  await page.goto('/?place=ankara');
  await waitForMapIdle(page);
  await expect(marker(page, 'Ankara')).toHaveAttribute('aria-pressed', 'true');
  await marker(page, 'Ankara').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(marker(page, 'Ankara')).toHaveAttribute('aria-pressed', 'false');
});
