import { MAP_COLORS, LAYER_IDS } from '@/lib/map/style';
import { colorAt, colorDistance, expect, pagePoint, rgb, test, waitForMapIdle } from './fixtures';

// Open water and open land, away from markers and labels.
const SEA: [number, number] = [32.6, 34.2]; // eastern Mediterranean, south of Cyprus
const LAND: [number, number] = [38.6, 38.4]; // eastern Anatolia, Turkey
const LAND_SYRIA: [number, number] = [39.8, 35.2]; // Syrian desert, west of Deir ez-Zor, clear of the flows' arcs

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
});

test('draws sea and land in the colours the style gives them, where the map projects them', async ({ page }) => {
  for (const point of [SEA, LAND, LAND_SYRIA]) {
    const { x, y } = await pagePoint(page, point);
    const onTop = await page.evaluate(([px, py]) => document.elementFromPoint(px, py)?.tagName, [x, y]);
    expect(onTop, `nothing covers the map at ${point}`).toBe('CANVAS');
  }
  const sea = await colorAt(page, SEA);
  const land = await colorAt(page, LAND);
  const syria = await colorAt(page, LAND_SYRIA);
  expect(colorDistance(sea, rgb(MAP_COLORS.sea)), `sea pixel ${sea}`).toBeLessThanOrEqual(3);
  expect(colorDistance(land, rgb(MAP_COLORS.land)), `land pixel ${land}`).toBeLessThanOrEqual(3);
  expect(colorDistance(syria, rgb(MAP_COLORS.land)), `Syria pixel ${syria}`).toBeLessThanOrEqual(3);
  expect(colorDistance(sea, land)).toBeGreaterThan(30);
});

test('places country names with fonts the app serves, with no glyph server', async ({ page }) => {
  const names = await page.evaluate((layer) => {
    const map = (window as unknown as { __situationMap: { queryRenderedFeatures: (o: object) => { properties: { name: string } }[] } }).__situationMap;
    return map.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties.name);
  }, LAYER_IDS.countryLabels);
  expect(names).toEqual(expect.arrayContaining(['Turkey', 'Syria', 'Lebanon']));
  const fontLoads = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/fonts/')));
  expect(fontLoads).toContain('/fonts/noto-sans-latin-400.woff2');
});

test('puts each city marker on its coordinates', async ({ page }) => {
  const cities: Record<string, [number, number]> = { aleppo: [37.1343, 36.2021], damascus: [36.2765, 33.5138], ankara: [32.8597, 39.9334] };
  for (const [id, lngLat] of Object.entries(cities)) {
    const expected = await pagePoint(page, lngLat);
    const dot = (await page.locator(`[data-place="${id}"] .place-marker-dot`).boundingBox())!;
    expect(Math.abs(dot.x + dot.width / 2 - expected.x), id).toBeLessThan(2);
    expect(Math.abs(dot.y + dot.height / 2 - expected.y), id).toBeLessThan(2);
  }
});

test('credits Natural Earth and the sources on the map', async ({ page }) => {
  const attribution = page.locator('.maplibregl-ctrl-attrib');
  await expect(attribution).toContainText('Natural Earth');
  await expect(attribution.getByRole('link', { name: 'Firstpost' })).toHaveAttribute('href', /^https:\/\/www\.firstpost\.com\//);
});

test('draws label glyphs unmirrored on an Arabic page, as MapLibre draws them: "(" stays "("', async ({ page }) => {
  await page.goto('/?lang=ar');
  await waitForMapIdle(page);
  // MapLibre draws each glyph alone on a 2-D context of an OffscreenCanvas; on a right-to-left page
  // its direction was inherited, and "(UNHCR)" read ")UNHCR(".
  const centres = await page.evaluate(() => {
    const centre = (direction?: CanvasDirection) => {
      const ctx = new OffscreenCanvas(40, 40).getContext('2d', { willReadFrequently: true })!;
      if (direction) ctx.direction = direction;
      ctx.font = '30px sans-serif';
      ctx.fillText('(', 10, 30);
      const px = ctx.getImageData(0, 0, 40, 40).data;
      let sum = 0;
      let n = 0;
      for (let i = 3; i < px.length; i += 4) if (px[i] > 128) (sum += ((i - 3) / 4) % 40), n++;
      return sum / n;
    };
    return { fresh: centre(), ltr: centre('ltr'), rtl: centre('rtl') };
  });
  expect(centres.rtl, 'a mirrored "(" is told apart').not.toBe(centres.ltr);
  expect(centres.fresh).toBe(centres.ltr);
});
