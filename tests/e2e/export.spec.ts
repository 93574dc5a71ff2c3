import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { MAP_COLORS } from '@/lib/map/style';
import { colorDistance, expect, rgb, test, waitForMapIdle } from './fixtures';

const SHOTS = '/tmp/h15-shots';
// Open water and open land, away from markers and labels (as map.spec.ts reads them).
const SEA: [number, number] = [32.6, 34.2];
const LAND: [number, number] = [38.6, 38.4];

/** Where [lon, lat] is in the map's own pixels (CSS), as the map projects it. */
const mapPoint = (page: Page, lngLat: [number, number]) =>
  page.evaluate((ll) => (window as unknown as { __situationMap: { project: (ll: [number, number]) => { x: number; y: number } } }).__situationMap.project(ll), lngLat);

/** Clicks a menu entry and reads the file it downloads. */
async function download(page: Page, name: RegExp) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).or(page.getByRole('link', { name })).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

const openMenu = async (page: Page) => {
  await page.locator('.export-menu summary').click();
  await expect(page.getByRole('link', { name: 'CSV (Excel)' })).toBeVisible();
};

test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

test('the Export menu downloads the events shown as CSV, as many rows as the API counts for the same filter', async ({ page, request }) => {
  await page.goto('/?place=ankara&date=2024-12-01');
  await waitForMapIdle(page);
  await openMenu(page);
  const href = (await page.getByRole('link', { name: 'CSV (Excel)' }).getAttribute('href'))!;
  const url = new URL(href, 'http://x');
  expect(url.pathname).toBe('/api/export');
  expect(Object.fromEntries(url.searchParams)).toMatchObject({ format: 'csv', place: 'ankara', to: '2024-12-01', bbox: expect.stringMatching(/^-?[\d.]+,-?[\d.]+,-?[\d.]+,-?[\d.]+$/) });
  const file = await download(page, /^CSV \(Excel\)$/);
  expect(file.name).toBe('events-ankara-to-2024-12-01-in-box.csv');
  const rows = parse(file.bytes, { bom: true, columns: true }) as Record<string, string>[];
  url.searchParams.delete('format');
  const page1 = await (await request.get(`/api/events?${url.searchParams}`)).json();
  expect(rows.length).toBe(page1.total);
  expect(rows.map((r) => r.id)).toEqual(['araghchi-arrives-ankara']);
  expect(rows[0].source_quotes).toContain('arrived later in the evening');
});

test('the Export menu offers GeoJSON and HXL of the same filter, and the whole map without the box', async ({ page }) => {
  await page.goto('/?date=2024-12-02');
  await waitForMapIdle(page);
  await openMenu(page);
  await page.getByLabel('Only the area in view').uncheck();
  const geo = await download(page, /^GeoJSON \(QGIS\)$/);
  const collection = JSON.parse(geo.bytes.toString('utf8'));
  expect(collection.features).toHaveLength(6);
  expect(collection.features.every((f: { properties: { sources: unknown[] } }) => f.properties.sources.length > 0)).toBe(true);
  const hxl = parse((await download(page, /^CSV with HXL hashtags$/)).bytes, { bom: true }) as string[][];
  expect(hxl[1][0]).toBe('#event+id');
  expect(hxl).toHaveLength(2 + 6);
});

/** Reads the picture, checks its size against the map's, and the colours and credits in it. */
async function checkPicture(page: Page, scale: 1 | 2) {
  const file = await download(page, new RegExp(`^PNG, ${scale}×$`));
  expect(file.name).toBe(`map-2024-12-01${scale === 2 ? '@2x' : ''}.png`);
  const png = PNG.sync.read(file.bytes);
  const size = await page.locator('.maplibregl-map').evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
  expect({ width: png.width, height: png.height }).toEqual({ width: size.width * scale, height: size.height * scale });
  const pixel = (x: number, y: number) => {
    const i = (Math.round(y * scale) * png.width + Math.round(x * scale)) * 4;
    return [png.data[i], png.data[i + 1], png.data[i + 2]];
  };
  const sea = await mapPoint(page, SEA);
  const land = await mapPoint(page, LAND);
  expect(colorDistance(pixel(sea.x, sea.y), rgb(MAP_COLORS.sea)), `sea ${pixel(sea.x, sea.y)}`).toBeLessThanOrEqual(3);
  expect(colorDistance(pixel(land.x, land.y), rgb(MAP_COLORS.land)), `land ${pixel(land.x, land.y)}`).toBeLessThanOrEqual(3);
  // The city markers, HTML over the canvas on the page, are drawn into the picture.
  const aleppo = await mapPoint(page, [37.1343, 36.2021]);
  expect(colorDistance(pixel(aleppo.x, aleppo.y), rgb('#1f3147')), `Aleppo's marker ${pixel(aleppo.x, aleppo.y)}`).toBeLessThanOrEqual(12);
  // The credits band along the bottom holds text: dark pixels on the light band.
  let ink = 0;
  for (let y = size.height - 14; y < size.height - 4; y++) for (let x = 10; x < size.width - 10; x++) if (Math.max(...pixel(x, y)) < 110) ink++;
  expect(ink, 'dark text pixels in the credits band').toBeGreaterThan(50 * scale);
  // The title box at the top left holds text too.
  let titleInk = 0;
  for (let y = 14; y < 30; y++) for (let x = 14; x < 200; x++) if (Math.max(...pixel(x, y)) < 110) titleInk++;
  expect(titleInk, 'dark text pixels in the title').toBeGreaterThan(30 * scale);
  return file;
}

test('the PNG export is the map as drawn, at 1× and 2×, with its title and credits in the image', async ({ page }) => {
  await page.goto('/?date=2024-12-01');
  await waitForMapIdle(page);
  await openMenu(page);
  const one = await checkPicture(page, 1);
  await checkPicture(page, 2);
  // The map on screen is back at its own pixel ratio.
  expect(await page.locator('.maplibregl-canvas').evaluate((c: HTMLCanvasElement) => c.width / c.clientWidth)).toBe(1);
  writeFileSync(`${SHOTS}/export-picture-1x.png`, one.bytes);
});

test('the embed offers the picture when its code asks for it (export=png), and not otherwise', async ({ page }) => {
  await page.goto('/embed?date=2024-12-01');
  await waitForMapIdle(page);
  await expect(page.locator('.export-menu')).toHaveCount(0);
  await page.goto('/embed?date=2024-12-01&export=png');
  await waitForMapIdle(page);
  await page.locator('.export-menu summary').click();
  await expect(page.getByRole('link', { name: 'CSV (Excel)' })).toHaveCount(0);
  await checkPicture(page, 1);
});

test('printing / gives the map, the legend, the open panel and the credits on one page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?place=aleppo&date=2024-12-01');
  await waitForMapIdle(page);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('.maplibregl-canvas + .map-print-snapshot')).toHaveAttribute('src', /^data:image\/png;base64,/);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.export-menu', '.layer-toggles', '.maplibregl-ctrl-group', '.embed-button']) await expect(page.locator(hidden)).toBeHidden();
  for (const shown of ['.legend li', '.panel h2', '.maplibregl-ctrl-attrib-inner', '.map-print-snapshot', '.place-marker']) await expect(page.locator(shown).first()).toBeVisible();
  await expect(page.locator('.maplibregl-ctrl-attrib-inner')).toContainText('Natural Earth');
  await page.screenshot({ path: `${SHOTS}/print-1280.png` });
  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
  const pages = Number(/\/Count\s+(\d+)/.exec(pdf.toString('latin1'))![1]);
  expect(pages).toBe(1);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('.map-print-snapshot')).toHaveCount(0);
});

test('screenshots of the Export menu at 375 and 1280 px', async ({ page }) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: width === 375 ? 740 : 800 });
    await page.goto('/?date=2024-12-01');
    await waitForMapIdle(page);
    await openMenu(page);
    await page.screenshot({ path: `${SHOTS}/export-menu-${width}.png` });
  }
});

test('/api/docs lists every route of the OpenAPI document, rendered by the app with no script from elsewhere', async ({ page, request }) => {
  const doc = await (await request.get('/api/openapi.json')).json();
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/api/docs');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Situation map API');
    for (const path of Object.keys(doc.paths)) await expect(page.getByRole('heading', { level: 3, name: `GET ${path}`, exact: true })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/docs-${width}.png` });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
  }
});
