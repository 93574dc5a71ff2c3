import { colorDistance, expect, rgb, test } from './fixtures';
import { PLACE_COLORS } from '@/lib/map/place-layers';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';

// A second server runs the same build on 10,000 synthetic events (tests/e2e/synthetic-server.mjs).
const SYNTHETIC = `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

type Cluster = { x: number; y: number; events: number; radius: number };

/** The biggest cluster drawn, where it is on the page, and its drawn radius (the layer's steps). */
async function biggestCluster(page: Page): Promise<Cluster> {
  const found = await page.evaluate(() => {
    type F = { properties: { events: number }; geometry: { coordinates: [number, number] } };
    const map = (window as unknown as { __situationMap: { queryRenderedFeatures: (o: object) => F[]; project: (ll: [number, number]) => { x: number; y: number } } }).__situationMap;
    const clusters = map.queryRenderedFeatures({ layers: ['place-cluster'] });
    const big = clusters.sort((a, b) => b.properties.events - a.properties.events)[0];
    return big && { ...map.project(big.geometry.coordinates), events: big.properties.events };
  });
  expect(found, 'a cluster is drawn').toBeTruthy();
  const box = (await page.locator('.maplibregl-map').boundingBox())!;
  const radius = found.events >= 10000 ? 27 : found.events >= 1000 ? 21 : found.events >= 100 ? 16 : found.events >= 10 ? 12 : 9;
  return { x: box.x + found.x, y: box.y + found.y, events: found.events, radius };
}

/** Waits for the map to draw a frame with what it now holds and go idle. */
async function settle(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __situationMap: { once: (e: string, f: () => void) => void; triggerRepaint: () => void } }).__situationMap;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

const hasClusterLayer = (page: Page) => page.evaluate(() => Boolean((window as unknown as { __situationMap: { getLayer: (id: string) => unknown } }).__situationMap.getLayer('place-cluster')));

async function pixel(page: Page, x: number, y: number) {
  const png = PNG.sync.read(await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 }, animations: 'disabled', caret: 'hide' }));
  return [png.data[0], png.data[1], png.data[2]];
}

test.beforeEach(({ guard }) => guard.allowOrigin(SYNTHETIC));

test('10,000 events: places are clustered on the canvas, not drawn as a thousand buttons, and a cluster opens on click', async ({ page }) => {
  await page.goto(`${SYNTHETIC}/embed`);
  await page.locator('.maplibregl-map[data-complete="true"]').waitFor({ timeout: 60_000 });
  await expect(page.locator('.place-marker')).toHaveCount(0);
  const cluster = await biggestCluster(page);
  expect(cluster.events).toBeGreaterThan(100);
  // Above the count label, inside the circle: the cluster colour at 85% over what lies beneath.
  const probe = { x: cluster.x, y: cluster.y - cluster.radius * 0.6 };
  const drawn = await pixel(page, probe.x, probe.y);
  await page.getByRole('checkbox', { name: 'Events' }).uncheck();
  await expect.poll(() => hasClusterLayer(page)).toBe(false);
  await settle(page);
  const beneath = await pixel(page, probe.x, probe.y);
  const fill = rgb(PLACE_COLORS.light.fill);
  const expected = fill.map((c, i) => Math.round(0.85 * c + 0.15 * beneath[i]));
  expect(colorDistance(drawn, expected), `drawn ${drawn}, expected ${expected} over ${beneath}`).toBeLessThanOrEqual(4);
  expect(colorDistance(beneath, expected)).toBeGreaterThan(40);
  await page.getByRole('checkbox', { name: 'Events' }).check();
  await expect.poll(() => hasClusterLayer(page)).toBe(true);
  await settle(page);
  expect(await pixel(page, probe.x, probe.y)).toEqual(drawn);
  const zoom = () => page.evaluate(() => (window as unknown as { __situationMap: { getZoom: () => number } }).__situationMap.getZoom());
  const before = await zoom();
  await page.mouse.click(cluster.x, cluster.y);
  // The map zooms to where the cluster splits.
  await expect.poll(zoom).toBeGreaterThan(before + 0.25);
});

test('10,000 events: a city lists its newest 50 events, then earlier ones on request; the API pages', async ({ page, request }) => {
  const counts = await (await request.get(`${SYNTHETIC}/api/places/counts`)).json();
  expect(counts.counts.aleppo).toBeGreaterThan(100);
  const page1 = await (await request.get(`${SYNTHETIC}/api/events`)).json();
  expect(page1.features).toHaveLength(100);
  expect(page1.total).toBe(counts.total);
  expect(page1.next).toBe('/api/events?offset=100');

  await page.goto(`${SYNTHETIC}/?place=aleppo`);
  const list = page.getByRole('list', { name: 'Events, Aleppo' });
  await expect(list.getByRole('listitem')).toHaveCount(50);
  const more = page.getByRole('button', { name: /Show earlier events/ });
  await expect(more).toHaveText(new RegExp(`\\(${(counts.counts.aleppo - 50).toLocaleString('en-GB')} more\\)`));
  await more.click();
  await expect(list.getByRole('listitem')).toHaveCount(100);
  // Oldest first on screen: the newly loaded earlier events come before the first 50.
  const dates = await list.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? '').filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)));
  expect(dates.length).toBeGreaterThan(0);
  expect(dates).toEqual([...dates].sort());
  // The overview lists only the busiest places, and says so.
  await page.goto(`${SYNTHETIC}/`);
  await expect(page.getByRole('list', { name: 'Places', exact: true }).getByRole('listitem')).toHaveCount(12);
  await expect(page.getByText(/The 12 busiest of 8\d\d places are listed/)).toBeVisible();
  // Any other place is found by name, from the keyboard.
  await page.getByRole('searchbox', { name: 'Find a place' }).fill('homs loc');
  const found = page.getByRole('list', { name: 'Places', exact: true }).getByRole('button');
  await expect(found).toHaveCount(12);
  for (const name of await found.allTextContents()) expect(name).toMatch(/^Homs locality \d+/);
  await expect(page.getByText(/The 12 busiest of \d+ places matching “homs loc” are listed/)).toBeVisible();
  await page.getByRole('searchbox', { name: 'Find a place' }).fill('nowhere at all');
  await expect(found).toHaveCount(0);
  await expect(page.getByText('No place matches “nowhere at all”.')).toBeVisible();
});
