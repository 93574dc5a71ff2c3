import type { Frame, Page } from '@playwright/test';
import { MAP_COLORS } from '@/lib/map/style';
import { colorDistance, expect, rgb, test } from './fixtures';
import { serveHostPage } from './support/host-page';

/** The snippet an editor copies from the Embed dialog for the view at `path`. */
async function snippetFrom(page: Page, path: string, which: 'Iframe code' | 'Responsive code') {
  await page.goto(path);
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this map' });
  await expect(dialog.getByRole('textbox', { name: new RegExp(`^${which}`) })).not.toHaveValue('');
  await expect(dialog.locator('iframe.embed-preview')).toBeVisible();
  return dialog.getByRole('textbox', { name: new RegExp(`^${which}`) }).inputValue();
}

async function embedFrame(page: Page): Promise<Frame> {
  const frame = await (await page.locator('iframe').elementHandle())!.contentFrame();
  await expect.poll(() => frame!.url()).toContain('/embed');
  return frame!;
}
const messages = (page: Page) => page.evaluate(() => (window as unknown as { messages: { origin: string; data: { type: string } & Record<string, unknown> }[] }).messages);

async function waitForFrameMap(frame: Frame) {
  await frame.locator('.maplibregl-map[data-idle="true"]').waitFor({ timeout: 30_000 });
}

test('an editor copies the snippet into a page on another origin, and readers there use the map fully', async ({ page, guard, baseURL }) => {
  const appOrigin = new URL(baseURL!).origin;
  const snippet = await snippetFrom(page, '/?place=aleppo&date=2024-12-01', 'Iframe code');
  expect(snippet).toMatch(/^<iframe src="http:\/\/localhost:\d+\/embed\?place=aleppo&amp;date=2024-12-01&amp;theme=light" title="Situation map[^"]*" width="100%" height="560"/);
  const host = await serveHostPage(snippet);
  guard.allowOrigin(new URL(host.url).origin);
  try {
    await page.goto(host.url);
    const frame = await embedFrame(page);
    await waitForFrameMap(frame);

    // The map drew inside the frame: land where the map projects land.
    const land: [number, number] = [38.6, 38.4];
    const inFrame = await frame.evaluate((ll) => {
      const map = (window as unknown as { __situationMap: { project: (ll: [number, number]) => { x: number; y: number }; getContainer: () => HTMLElement } }).__situationMap;
      const p = map.project(ll);
      const box = map.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, land);
    const frameBox = (await page.locator('iframe').boundingBox())!;
    const shot = await page.screenshot({ clip: { x: Math.round(frameBox.x + inFrame.x), y: Math.round(frameBox.y + inFrame.y), width: 1, height: 1 } });
    const { PNG } = await import('pngjs');
    const pixel = PNG.sync.read(shot).data;
    expect(colorDistance([pixel[0], pixel[1], pixel[2]], rgb(MAP_COLORS.land))).toBeLessThanOrEqual(3);

    // The deep-linked place is open; clicking another city in the frame shows its events.
    const sheet = page.frameLocator('iframe').getByRole('complementary', { name: 'Events' });
    await expect(sheet.getByRole('heading', { level: 2 })).toContainText('Aleppo');
    await page.frameLocator('iframe').getByRole('button', { name: 'Damascus', exact: true }).click();
    await expect(sheet.locator('article[data-event="araghchi-meets-assad"] blockquote').first()).toBeVisible();
    const link = sheet.getByRole('link', { name: /Firstpost/ }).first();
    await expect(link).toHaveAttribute('target', '_blank');

    // The parent got ready and height messages, and the embed addresses them to the parent's origin.
    await expect.poll(async () => (await messages(page)).map((m) => m.data.type)).toEqual(expect.arrayContaining(['situation-map:ready', 'situation-map:height', 'situation-map:place-selected']));
    for (const m of await messages(page)) expect(m.origin).toBe(appOrigin);
    expect(await frame.evaluate(() => document.documentElement.dataset.embedParentOrigin)).toBe(new URL(host.url).origin);
    const height = (await messages(page)).find((m) => m.data.type === 'situation-map:height')!.data.height as number;
    expect(height).toBeGreaterThan(200);

    // The parent's select message opens another city.
    const send = (data: unknown) => page.evaluate(([d, origin]) => document.querySelector('iframe')!.contentWindow!.postMessage(d, origin as string), [data, appOrigin] as const);
    await send({ type: 'situation-map:select-place', place: 'ankara' });
    await expect(sheet.getByRole('heading', { level: 2 })).toContainText('Ankara');
    await expect.poll(async () => (await messages(page)).filter((m) => m.data.type === 'situation-map:place-selected').at(-1)?.data.place).toBe('ankara');

    // Malformed messages are ignored: after them, a valid one is handled and Ankara is still open.
    await send({ type: 'situation-map:select-place', place: '<img src=x onerror=alert(1)>' });
    await send('situation-map:select-place damascus');
    await send({ type: 'situation-map:select-place', place: 'damascus', extra: true });
    await send({ type: 'situation-map:set-date', date: '2024-11-30' });
    await expect(page.frameLocator('iframe').getByRole('group', { name: 'Timeline' }).locator('output')).toHaveText('Sat, 30 Nov 2024');
    await expect(sheet.getByRole('heading', { level: 2 })).toContainText('Ankara');
  } finally {
    host.server.close();
  }
});

test('in a frame the wheel scrolls the article, and the map says to use Ctrl to zoom', async ({ page, guard }) => {
  const host = await serveHostPage(await snippetFrom(page, '/', 'Iframe code'));
  guard.allowOrigin(new URL(host.url).origin);
  try {
    await page.goto(host.url);
    const frame = await embedFrame(page);
    await waitForFrameMap(frame);
    const zoom = () => frame.evaluate(() => (window as unknown as { __situationMap: { getZoom: () => number } }).__situationMap.getZoom());
    const before = await zoom();
    const box = (await page.locator('iframe').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 400);
    await expect(frame.locator('.maplibregl-cooperative-gesture-screen')).toHaveClass(/maplibregl-show/);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled);
    await expect(frame.locator('.maplibregl-cooperative-gesture-screen')).toContainText(/Ctrl|⌘/);
    expect(await zoom()).toBe(before);
  } finally {
    host.server.close();
  }
});

test('the responsive snippet keeps the frame\'s height in step with the embed', async ({ page, guard }) => {
  const snippet = await snippetFrom(page, '/', 'Responsive code');
  expect(snippet).toContain('autoheight=1');
  const host = await serveHostPage(snippet);
  guard.allowOrigin(new URL(host.url).origin);
  try {
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(host.url);
    await waitForFrameMap(await embedFrame(page));
    // At 1000 px wide the map is 4:3 (750 px) plus the timeline, not the snippet's 560 px.
    await expect.poll(async () => (await page.locator('iframe').boundingBox())!.height).toBeGreaterThan(700);
    const reported = (await messages(page)).filter((m) => m.data.type === 'situation-map:height').at(-1)!.data.height as number;
    expect(Math.abs((await page.locator('iframe').boundingBox())!.height - reported)).toBeLessThanOrEqual(1);
  } finally {
    host.server.close();
  }
});

test('framing rules: /embed may be framed by any site, other pages only by the app', async ({ request }) => {
  const embed = await request.get('/embed');
  expect(embed.headers()['content-security-policy']).toMatch(/; frame-ancestors \*$/);
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  for (const path of ['/', '/api/events']) {
    const res = await request.get(path);
    expect(res.headers()['content-security-policy'], path).toMatch(/; frame-ancestors 'self'$/);
    expect(res.headers()['x-frame-options'], path).toBe('SAMEORIGIN');
  }
});

test('the pages set no cookies and announce their oEmbed', async ({ page, context }) => {
  for (const path of ['/?place=aleppo', '/embed?place=aleppo']) {
    const res = await page.goto(path);
    expect(res!.headers()['set-cookie'], path).toBeUndefined();
    const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    const oembed = await (await page.request.get(href!)).json();
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
    expect(oembed.html).toContain('/embed?place=aleppo');
  }
  expect(await context.cookies()).toEqual([]);
});

test('the embed works at 300 px wide', async ({ page }) => {
  await page.setViewportSize({ width: 300, height: 480 });
  await page.goto('/embed');
  await page.locator('.maplibregl-map[data-idle="true"]').waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
  await page.getByRole('button', { name: 'Damascus', exact: true }).click();
  const sheet = page.locator('.embed-sheet');
  await expect(sheet.locator('blockquote').first()).toBeVisible();
  const box = (await sheet.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(300);
  await sheet.getByRole('button', { name: '× Close' }).click();
  await expect(sheet).toHaveCount(0);
});

test('the embed arrives with the answers its first view needs: it asks the API for them only when they may have changed', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/')) asked.push(`${url.pathname}${url.search}`);
  });
  const html = await (await page.request.get('/embed')).text();
  const carried = Object.keys(JSON.parse(html.match(/<script type="application\/json" id="embed-answers"[^>]*>([^<]*)<\/script>/)![1]));
  expect(carried).toEqual(expect.arrayContaining(['/api/places', '/api/flows', '/api/itineraries', '/api/control?date=2024-12-02']));
  expect(carried).toHaveLength(6);
  await page.goto('/embed');
  await page.locator('.maplibregl-map[data-complete="true"]').waitFor();
  await expect(page.getByRole('button', { name: 'Damascus', exact: true })).toBeVisible();
  expect(asked.filter((url) => carried.includes(url))).toEqual([]);
  // Another day is asked of the server; coming back, the day the page brought is asked again (it may have changed since).
  const setDate = (date: string) => page.evaluate((d) => window.postMessage({ type: 'situation-map:set-date', date: d }, '*'), date);
  await setDate('2024-11-30');
  await expect.poll(() => asked).toContain('/api/control?date=2024-11-30');
  await setDate('2024-12-02');
  await expect.poll(() => asked).toContain('/api/control?date=2024-12-02');
});
