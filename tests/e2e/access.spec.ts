import type { Page } from '@playwright/test';
import { MAP_THEMES } from '@/lib/map/style';
import { colorAt, colorDistance, expect, rgb, test, waitForMapIdle } from './fixtures';

const marker = (page: Page, name: string) => page.getByRole('region', { name: /^(Map of events|خريطة الأحداث)$/ }).getByRole('button', { name, exact: true });

test.describe('keyboard', () => {
  test('Escape closes the panel and gives focus back to the city that opened it, with a visible focus ring', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await marker(page, 'Aleppo').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/place=aleppo/);
    await expect(page.getByRole('complementary', { name: 'Events' }).getByRole('heading', { level: 2 })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/$/);
    await expect(marker(page, 'Aleppo')).toBeFocused();
    const outline = await marker(page, 'Aleppo').evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
    expect(outline).toMatch(/^solid [1-9]/);
  });

  test('closing with the button gives focus back to the list button that opened it', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    const button = page.getByRole('list', { name: 'Places', exact: true }).getByRole('button', { name: /^Damascus/ });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/place=damascus/);
    await page.getByRole('button', { name: '← Overview' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('list', { name: 'Places', exact: true }).getByRole('button', { name: /^Damascus/ })).toBeFocused();
  });

  test('the list in the panel and the map select together', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await page.getByRole('list', { name: 'Places', exact: true }).getByRole('button', { name: /^Ankara/ }).click();
    await expect(marker(page, 'Ankara')).toHaveAttribute('aria-pressed', 'true');
    await marker(page, 'Damascus').click();
    await expect(page.getByRole('complementary', { name: 'Events' }).getByRole('heading', { level: 2 })).toContainText('Damascus');
    await expect(marker(page, 'Ankara')).toHaveAttribute('aria-pressed', 'false');
  });
});

test.describe('at 375 by 667', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

  test('the panel is a bottom sheet under a map that takes most of the screen, and draws up to read', async ({ page }) => {
    await page.goto('/?place=aleppo');
    await waitForMapIdle(page);
    const map = (await page.getByRole('region', { name: 'Map of events' }).boundingBox())!;
    const sheet = page.getByRole('complementary', { name: 'Events' });
    const collapsed = (await sheet.boundingBox())!;
    expect(map.height / 667).toBeGreaterThan(0.5);
    expect(collapsed.y + collapsed.height).toBeCloseTo(667, 0);
    const handle = sheet.getByRole('button', { name: 'Show more' });
    await expect(handle).toHaveAttribute('aria-expanded', 'false');
    await handle.tap();
    await expect(sheet.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(async () => (await sheet.boundingBox())!.height).toBeGreaterThan(collapsed.height * 2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test('every touch target is at least 44 px, and nothing scrolls sideways', async ({ page }) => {
    for (const path of ['/', '/?place=ankara', '/?lang=ar']) {
      await page.goto(path);
      await waitForMapIdle(page);
      const small = await page.evaluate(() => {
        const targets = [...document.querySelectorAll('button, summary, select, input[type="range"], label:has(input), .language-switch')] as HTMLElement[];
        return targets
          .filter((el) => el.offsetParent !== null && !el.closest('dialog:not([open])'))
          .map((el) => ({ el: el.outerHTML.slice(0, 70), r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && (r.height < 44 || r.width < 44))
          .map(({ el, r }) => `${el} ${Math.round(r.width)}×${Math.round(r.height)}`);
      });
      expect(small, path).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
    }
  });
});

test.describe('in Arabic', () => {
  test('?lang=ar lays out right to left, names places and countries in Arabic, and dates in Arabic', async ({ page }) => {
    await page.goto('/?lang=ar&place=aleppo');
    await waitForMapIdle(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('خريطة الوضع');
    await expect(marker(page, 'حلب')).toHaveAttribute('aria-pressed', 'true');
    await expect(marker(page, 'أنقرة')).toBeVisible();
    const panel = page.getByRole('complementary', { name: 'الأحداث' });
    await expect(panel.getByRole('heading', { level: 2 })).toContainText('حلب');
    await expect(panel.locator('article[data-event="aleppo-captured"] time')).toContainText('تشرين الثاني');
    await expect(panel.locator('article[data-event="aleppo-captured"] time')).toContainText('٣٠');
    // Quotes stay in their source's language, marked so.
    await expect(panel.locator('blockquote').first()).toHaveAttribute('lang', 'en');
    const countries = await page.evaluate(() => (window as unknown as { __situationMap: { queryRenderedFeatures: (o: object) => { properties: { name_ar: string } }[] } }).__situationMap.queryRenderedFeatures({ layers: ['country-labels'] }).map((f) => f.properties.name_ar));
    expect(countries).toEqual(expect.arrayContaining(['سوريا', 'تركيا']));
    // Counts take Arabic's plural forms: two events is the dual, not "2 أحداث".
    await page.goto('/?lang=ar');
    await expect(page.getByRole('list', { name: 'الأماكن' }).getByRole('button').first()).toContainText('حدثان');
  });

  test('a browser that asks for Arabic gets Arabic without ?lang=', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ar-SY', extraHTTPHeaders: { 'Accept-Language': 'ar-SY,ar;q=0.9' } });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await context.close();
  });
});

test.describe('themes', () => {
  test('follow the system\'s dark scheme for the page and the map, and ?theme= overrides it', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await waitForMapIdle(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const sea: [number, number] = [32.6, 34.2];
    expect(colorDistance(await colorAt(page, sea), rgb(MAP_THEMES.dark.sea))).toBeLessThanOrEqual(3);
    await page.goto('/?theme=light');
    await waitForMapIdle(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(colorDistance(await colorAt(page, sea), rgb(MAP_THEMES.light.sea))).toBeLessThanOrEqual(3);
  });
});
