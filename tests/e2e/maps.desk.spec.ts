import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
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
  await admin.page.getByLabel('Title').fill('Damascus, December 2024');
  for (const [label, value] of [['West', '35.9'], ['South', '33.2'], ['East', '36.7'], ['North', '33.8']]) await admin.page.getByLabel(new RegExp(`^${label}`)).fill(value);
  await admin.page.getByLabel('First day').fill('2024-11-30');
  await admin.page.getByLabel('Last day').fill('2024-12-02');
  for (const layer of ['control', 'flows', 'routes']) await admin.page.getByLabel(layer, { exact: true }).uncheck();
  await admin.page.getByLabel(/^Featured event/).fill(FEATURED);
  await admin.page.getByRole('button', { name: 'Make the map' }).click();
  await expect(admin.page.getByRole('status')).toContainText('/m/damascus-dec-2024');
  await admin.page.reload();
  await expect(admin.page.getByRole('link', { name: 'Damascus, December 2024' })).toBeVisible();
  await screen(admin.page, 'maps', SHOTS);
  expect(admin.foreign).toEqual([]);

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
  await admin.context.close();
});
