import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';
import { adminLink, join, person, ready, screen } from './support/desk-people';
import { useDeskServer } from './support/desk-server';

// One deployment, several maps, on a server of its own (the build, a store of its own seeded from
// data/): an admin makes a map of Damascus with only the events layer and a featured event; a
// reader opens it at /m/{slug}, and its embed and oEmbed answer too.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 6;
const ORIGIN = `http://localhost:${PORT}`;
const STORE_DIR = path.join(os.tmpdir(), `situation-e2e-store-maps-${PORT}`);
/** Set DESK_SHOTS to a folder to keep screenshots of the Maps screen and the map's page at 375 and 1280 px. */
const SHOTS = process.env.DESK_SHOTS;
const DAMASCUS: [number, number] = [36.2765, 33.5138];
const ALEPPO: [number, number] = [37.1343, 36.2021];
const FEATURED = 'araghchi-meets-assad';

useDeskServer(PORT, STORE_DIR, SHOTS);

/** Whether the map's view holds a point. */
const inView = (page: Page, lngLat: [number, number]) =>
  page.evaluate((ll) => (window as unknown as { __situationMap: { getBounds: () => { contains: (ll: [number, number]) => boolean } } }).__situationMap.getBounds().contains(ll), lngLat);

/**
 * A map's first paint is its own view, before its settings reach the URL: the server's HTML (read
 * with scripts off) has its days on the timeline and its featured place in the export links, and
 * the layer toggles, from the moment they are first put on the page, have only the events layer on.
 */
async function expectFirstPaint(browser: Browser, url: string) {
  const still = await browser.newContext({ javaScriptEnabled: false });
  const html = await still.newPage();
  await html.goto(url);
  await expect(html.locator('.timeline-date')).toHaveText('30 Nov 2024 – 2 Dec 2024');
  await expect(html.locator('.export-menu a').first()).toHaveAttribute('href', /place=damascus&to=2024-12-02/);
  await still.close();
  const context = await browser.newContext();
  const page = await context.newPage();
  // Recorded as the toggles are inserted, before the browser paints them.
  await page.addInitScript(() => {
    const seen = window as unknown as { firstToggles?: { checked: boolean[]; search: string } };
    new MutationObserver((_, observer) => {
      const inputs = [...document.querySelectorAll<HTMLInputElement>('.layer-toggles input[type=checkbox]')];
      if (!inputs.length) return;
      seen.firstToggles = { checked: inputs.map((i) => i.checked), search: location.search };
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(url);
  await expect.poll(() => page.evaluate(() => (window as unknown as { firstToggles?: unknown }).firstToggles)).toBeTruthy();
  const first = await page.evaluate(() => (window as unknown as { firstToggles: { checked: boolean[]; search: string } }).firstToggles);
  expect(first.checked).toEqual([true, false, false, false]);
  await context.close();
}

/** The reader's map: opened on Damascus, its days, only the events layer on, the featured event's card open. */
async function expectDamascusMap(page: Page) {
  await waitForMapIdle(page);
  await expect(page.locator(`article[data-event="${FEATURED}"]`)).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('layers')).toBe('events');
  expect([...new URL(page.url()).searchParams].filter(([k]) => k === 'from' || k === 'date')).toEqual([['from', '2024-11-30'], ['date', '2024-12-02']]);
  const toggles = page.locator('.layer-toggles input[type=checkbox]');
  await expect(toggles.first()).toBeChecked();
  await expect(page.locator('.layer-toggles input[type=checkbox]:checked')).toHaveCount(1);
  expect(await inView(page, DAMASCUS)).toBe(true);
  expect(await inView(page, ALEPPO)).toBe(false);
}

test('an admin makes a map of Damascus with one layer and a featured event; readers open it, embed it and find it by oEmbed', async ({ page: reader, browser, guard }) => {
  test.setTimeout(240_000);
  const admin = await person(browser, ORIGIN);
  await join(admin.page, adminLink(STORE_DIR, ORIGIN, 'maps-admin@example.org'), 'Admin', 'a long and careful passphrase');
  await admin.page.getByRole('link', { name: 'Maps', exact: true }).click();
  await expect(admin.page.getByRole('heading', { name: 'Maps', level: 1 })).toBeVisible();
  // The article's map is the first.
  await expect(admin.page.locator('.draft-list li').first()).toContainText('/m/aleppo-2024');
  await ready(admin.page, 'Make the map');
  await admin.page.getByLabel(/^Address/).fill('damascus-dec-2024');
  await admin.page.getByLabel('Title', { exact: true }).fill('Damascus, December 2024');
  for (const [label, value] of [['West', '35.9'], ['South', '33.2'], ['East', '36.7'], ['North', '33.8']]) await admin.page.getByLabel(new RegExp(`^${label}`)).fill(value);
  await admin.page.getByLabel('First day').fill('2024-11-30');
  await admin.page.getByLabel('Last day').fill('2024-12-02');
  for (const layer of ['control', 'flows', 'routes']) await admin.page.getByLabel(layer, { exact: true }).uncheck();
  // The featured event is found by its place's name and picked.
  await admin.page.getByLabel(/^Search published events/).fill('Damascus');
  await admin.page.getByRole('button', { name: 'Search events' }).click();
  await admin.page.getByRole('button', { name: /^Feature Iran's foreign minister meets Assad/ }).click();
  await expect(admin.page.locator('.featured-picker [role=status]')).toContainText(FEATURED);
  await admin.page.getByRole('button', { name: 'Make the map' }).click();
  await expect(admin.page.locator('.desk-done[role=status]')).toContainText('/m/damascus-dec-2024');
  await admin.page.reload();
  await expect(admin.page.getByRole('link', { name: 'Damascus, December 2024' })).toBeVisible();
  await screen(admin.page, 'maps', SHOTS);
  expect(admin.foreign).toEqual([]);

  // Its page names its feed in its head, and its first paint is the map's own view.
  const served = await (await reader.request.get(`${ORIGIN}/m/damascus-dec-2024`)).text();
  expect(served).toContain('<link rel="alternate" type="application/atom+xml" href="/m/damascus-dec-2024/feed.xml" title="Published changes: Damascus, December 2024"/>');
  await expectFirstPaint(browser, `${ORIGIN}/m/damascus-dec-2024`);
  const feed = await reader.request.get(`${ORIGIN}/m/damascus-dec-2024/feed.xml`);
  expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');

  // A reader opens the map's address: its region, its one layer, its featured event; no cookie.
  await reader.goto(`${ORIGIN}/m/damascus-dec-2024`);
  await expectDamascusMap(reader);
  if (SHOTS) {
    await reader.screenshot({ path: path.join(SHOTS, 'map-page-1280.png') });
    // Opened afresh on a phone's screen, the map fits the region to it.
    await reader.setViewportSize({ width: 375, height: 800 });
    await reader.reload();
    await waitForMapIdle(reader);
    await reader.screenshot({ path: path.join(SHOTS, 'map-page-375.png') });
    await reader.setViewportSize({ width: 1280, height: 800 });
  }
  // The reader's own parameters win over the map's.
  await reader.goto(`${ORIGIN}/m/damascus-dec-2024?layers=events,control`);
  await waitForMapIdle(reader);
  await expect(reader.locator('.layer-toggles input[type=checkbox]:checked')).toHaveCount(2);
  expect(await reader.context().cookies()).toEqual([]);

  // The embed opens the same way.
  await reader.goto(`${ORIGIN}/m/damascus-dec-2024/embed`);
  await expectDamascusMap(reader);

  // oEmbed answers for both addresses, with the map's own embed and title; an unknown map is the 404 page.
  for (const url of [`${ORIGIN}/m/damascus-dec-2024`, `${ORIGIN}/m/damascus-dec-2024/embed`]) {
    const answer = await reader.request.get(`${ORIGIN}/api/oembed?url=${encodeURIComponent(url)}`);
    expect(answer.status()).toBe(200);
    const body = (await answer.json()) as { title: string; html: string };
    expect(body.title).toBe('Damascus, December 2024');
    expect(body.html).toContain(`src="${ORIGIN}/m/damascus-dec-2024/embed"`);
  }
  guard.allowConsoleError(/404/);
  expect((await reader.goto(`${ORIGIN}/m/no-such-map`))!.status()).toBe(404);

  // The admin deletes the map, ticking that its addresses will stop answering; they answer 404.
  await admin.page.goto('/desk/maps/damascus-dec-2024');
  await expect(admin.page.locator('.featured-picker [role=status]')).toContainText(FEATURED);
  await screen(admin.page, 'map-edit', SHOTS);
  await ready(admin.page, 'Delete the map');
  await admin.page.getByRole('checkbox', { name: /Delete \/m\/damascus-dec-2024/ }).check();
  await admin.page.getByRole('button', { name: 'Delete the map' }).click();
  await expect(admin.page.getByRole('heading', { name: 'Maps', level: 1 })).toBeVisible();
  await expect(admin.page.getByRole('link', { name: 'Damascus, December 2024' })).toHaveCount(0);
  expect((await reader.goto(`${ORIGIN}/m/damascus-dec-2024`))!.status()).toBe(404);
  // Its embed, in articles that still frame it, says so and links the map.
  expect((await reader.goto(`${ORIGIN}/m/damascus-dec-2024/embed`))!.status()).toBe(404);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('No page here.');
  await expect(reader.getByRole('link', { name: 'Open the map' })).toHaveAttribute('href', '/');
  expect((await reader.request.get(`${ORIGIN}/m/damascus-dec-2024/feed.xml`)).status()).toBe(404);
  await admin.context.close();
});

test('a dataset sent to review is listed at the desk and published whole by a publisher', async ({ browser }) => {
  test.setTimeout(180_000);
  const sent = spawnSync(path.join(process.cwd(), 'node_modules/.bin/tsx'), ['scripts/import.ts', 'ucdp-ged', 'tests/fixtures/import/ucdp-ged231-sample.csv', '--retrieved', '2026-01-10', '--release', '23.1', '--for-review', '--sent-by', 'analyst@example.org'], {
    env: { ...process.env, STORE_DIR, DATABASE_URL: '' },
    encoding: 'utf8',
  });
  expect(sent.status, sent.stderr).toBe(0);
  const admin = await person(browser, ORIGIN);
  await join(admin.page, adminLink(STORE_DIR, ORIGIN, 'imports-admin@example.org'), 'Admin', 'a long and careful passphrase');
  await admin.page.getByRole('link', { name: 'Imports', exact: true }).click();
  const batch = admin.page.locator('.import-batch');
  await expect(batch).toContainText('UCDP GED 23.1: ucdp-ged231-sample.csv');
  await expect(batch).toContainText('Sent by analyst@example.org');
  await expect(batch).toContainText('121 rows');
  await expect(batch.locator('.import-sample tbody tr').first()).toBeVisible();
  expect((await admin.page.request.get(`${ORIGIN}/api/events/ucdp-ged-186940`)).status()).toBe(404);
  await screen(admin.page, 'imports', SHOTS);
  await ready(admin.page, 'Publish the whole batch');
  await admin.page.getByRole('button', { name: 'Publish the whole batch' }).click();
  await expect(admin.page.getByText('None pending.')).toBeVisible();
  expect((await admin.page.request.get(`${ORIGIN}/api/events/ucdp-ged-186940`)).status()).toBe(200);
  expect(admin.foreign).toEqual([]);
  await admin.context.close();
});
