import type { Page } from '@playwright/test';
import { colorDistance, expect, rgb, test } from './fixtures';

/** The marker colour of the light theme (app/globals.css --marker). */
const MARKER = '#1f3147';

/** Whether the dot of `place`'s marker is on screen and is what a click at its centre would hit (nothing over it). */
async function dotUncovered(page: Page, place: string) {
  return page.evaluate((id) => {
    const dot = document.querySelector(`[data-place="${id}"] .place-marker-dot`);
    if (!dot) return null;
    const r = dot.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const onScreen = x >= 0 && y >= 0 && x <= innerWidth && y <= innerHeight;
    return onScreen && Boolean(document.elementFromPoint(x, y)?.closest(`[data-place="${id}"]`)) ? { x: Math.round(x), y: Math.round(y) } : null;
  }, place);
}

/** The drawn colour at the centre of `place`'s marker dot, from a screenshot of the page. */
async function dotColor(page: Page, at: { x: number; y: number }) {
  const { PNG } = await import('pngjs');
  const pixel = PNG.sync.read(await page.screenshot({ clip: { x: at.x, y: at.y, width: 1, height: 1 } })).data;
  return [pixel[0], pixel[1], pixel[2]];
}

// The sizes oEmbed proposes for several consumers' limits, down to 300 px wide.
for (const query of ['maxwidth=300', 'maxwidth=400', 'maxwidth=500', 'maxwidth=640&maxheight=480', 'maxwidth=600&maxheight=300', '']) {
  test(`at the size oEmbed proposes for ${query || 'no limit'}, the embedded place and the cities around it stay in view`, async ({ page, baseURL }) => {
    const url = `${baseURL}/?place=aleppo&date=2024-12-01&theme=light`;
    const oembed = await (await page.request.get(`/api/oembed?url=${encodeURIComponent(url)}&${query}`)).json();
    const src = (oembed.html as string).match(/src="([^"]+)"/)![1].replaceAll('&amp;', '&');
    expect(oembed.html).toContain(`width="${oembed.width}" height="${oembed.height}"`);

    // The frame's document is the embed at the frame's size.
    await page.setViewportSize({ width: oembed.width, height: oembed.height });
    await page.goto(src);
    const sheet = page.getByRole('complementary', { name: 'Events' });
    await expect(sheet.getByRole('heading', { level: 2 })).toContainText('Aleppo');

    // Aleppo's marker is drawn where nothing covers it: the sheet leaves it in view.
    await expect.poll(() => dotUncovered(page, 'aleppo'), { timeout: 20_000 }).not.toBeNull();
    await page.locator('.maplibregl-map[data-idle="true"]').waitFor();
    const aleppo = (await dotUncovered(page, 'aleppo'))!;
    expect(aleppo, 'Aleppo uncovered once the map is still').not.toBeNull();
    expect(colorDistance(await dotColor(page, aleppo), rgb(MARKER))).toBeLessThanOrEqual(12);

    // The map around it stays usable: Damascus can be clicked without closing the sheet, and then stays in view itself.
    await page.getByRole('button', { name: 'Damascus', exact: true }).click();
    await expect(sheet.getByRole('heading', { level: 2 })).toContainText('Damascus');
    await expect.poll(() => dotUncovered(page, 'damascus'), { timeout: 20_000 }).not.toBeNull();
  });
}
