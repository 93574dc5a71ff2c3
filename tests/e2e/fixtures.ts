import { test as base, expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

type Guard = {
  /** Requests to any origin but the app's (each was also aborted, as if the network were cut). */
  foreignRequests: string[];
  /** Console errors and uncaught page errors. */
  consoleErrors: string[];
  /** Lets this test's console errors that match `pattern` pass (for failures it provokes on purpose). */
  allowConsoleError: (pattern: RegExp) => void;
  /** Lets requests to another origin of this machine through (a host page the test itself serves). */
  allowOrigin: (origin: string) => void;
};

/**
 * Every test runs with the network cut off but for the app's own origin, and fails if the page
 * asked for anything elsewhere or logged an error.
 */
export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origins = new Set([new URL(baseURL!).origin]);
      const allowed: RegExp[] = [];
      const guard: Guard = {
        foreignRequests: [],
        consoleErrors: [],
        allowConsoleError: (p) => allowed.push(p),
        allowOrigin: (o) => origins.add(o),
      };
      await page.context().route(
        (url) => !['data:', 'blob:'].includes(url.protocol) && !origins.has(url.origin),
        (route) => {
          guard.foreignRequests.push(route.request().url());
          return route.abort('internetdisconnected');
        },
      );
      page.on('console', (m) => m.type() === 'error' && guard.consoleErrors.push(m.text()));
      page.on('pageerror', (e) => guard.consoleErrors.push(`pageerror: ${e.message}`));
      await use(guard);
      expect(guard.foreignRequests, 'requests that left the app origin').toEqual([]);
      expect(guard.consoleErrors.filter((e) => !allowed.some((p) => p.test(e))), 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Waits until the map has loaded its style and sources and finished drawing. */
export async function waitForMapIdle(page: Page) {
  await page.locator('.maplibregl-map[data-idle="true"]').waitFor({ timeout: 30_000 });
}

/** Where [lon, lat] is drawn, in page pixels, as the map itself projects it. */
export async function pagePoint(page: Page, lngLat: [number, number]) {
  const point = await page.evaluate((ll) => {
    const map = (window as unknown as { __situationMap: { project: (ll: [number, number]) => { x: number; y: number } } }).__situationMap;
    return map.project(ll);
  }, lngLat);
  const box = (await page.locator('.maplibregl-map').boundingBox())!;
  return { x: box.x + point.x, y: box.y + point.y };
}

/** The colour on screen at [lon, lat], read from a screenshot of that pixel. */
export async function colorAt(page: Page, lngLat: [number, number]): Promise<[number, number, number]> {
  const { x, y } = await pagePoint(page, lngLat);
  const png = PNG.sync.read(await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 }, animations: 'disabled', caret: 'hide' }));
  return [png.data[0], png.data[1], png.data[2]];
}

/** A #rrggbb colour as [r, g, b]. */
export const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** The largest difference between two colours in any channel. */
export const colorDistance = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i])));
