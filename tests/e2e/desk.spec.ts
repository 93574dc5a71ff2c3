import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';
import { adminLink as deskAdminLink, invite, join as joinDesk, person as ownPerson, ready, screen as checkedScreen, select } from './support/desk-people';
import { useDeskServer } from './support/desk-server';
import { serveHostPage } from './support/host-page';

// The whole path of a claim through the desk, on a server of its own (the same build, a store of
// its own seeded from data/): the first admin from the command line invites an editor and a
// publisher; the editor archives a pasted report, picks the quote and the date words in it,
// places the event at a new place and submits it; the publisher publishes it; a reader's open
// map and a newsroom's embed of it on another origin show it without a reload; the editor corrects
// it and the reader sees the correction.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 5;
const ORIGIN = `http://localhost:${PORT}`;
const STORE_DIR = path.join(os.tmpdir(), `situation-e2e-store-desk-${PORT}`);
/** Set DESK_SHOTS to a folder to keep screenshots of each desk screen at 375 and 1280 px. */
const SHOTS = process.env.DESK_SHOTS;
const PASSWORD = 'a long and careful passphrase';
const QUOTE = 'Rebel fighters entered the town of Tel Rifaat on Saturday after a day of fighting';
const REPORT = [
  'ALEPPO, Dec 2 (Example News) -',
  `${QUOTE}, witnesses said, and hundreds of families fled south towards Aleppo.`,
  'The town had been held by Kurdish-led forces since 2016.',
].join('\n');

useDeskServer(PORT, STORE_DIR, SHOTS);

const adminLink = (email: string) => deskAdminLink(STORE_DIR, ORIGIN, email);
const person = (browser: Browser) => ownPerson(browser, ORIGIN);
const screen = (page: Page, name: string) => checkedScreen(page, name, SHOTS);
const join = (page: Page, link: string, name: string) => joinDesk(page, link, name, PASSWORD);

test('an editor and a publisher put a pasted report on the map, and a correction reaches the open page', async ({ page: reader, browser, guard }) => {
  test.setTimeout(240_000);
  // The admin, from the command line, invites the editor and the publisher.
  const admin = await person(browser);
  await admin.page.goto('/desk');
  await screen(admin.page, 'sign-in');
  await join(admin.page, adminLink('admin@example.org'), 'Admin');
  await admin.page.getByRole('link', { name: 'People and audit log' }).click();
  const editorLink = await invite(admin.page, 'editor@example.org', 'editor');
  const publisherLink = await invite(admin.page, 'publisher@example.org', 'publisher');
  await admin.page.reload();
  await expect(admin.page.getByRole('cell', { name: 'invite', exact: true })).toHaveCount(3);
  await screen(admin.page, 'people-and-audit');

  // A reader has the map open.
  await reader.goto(`${ORIGIN}/`);
  await waitForMapIdle(reader);
  const map = reader.getByRole('region', { name: 'Map of events' });
  await expect(map.getByRole('button', { name: 'Tel Rifaat', exact: true })).toHaveCount(0);
  // And a newsroom's article on another origin has the map embedded.
  const host = await serveHostPage(`<iframe src="${ORIGIN}/embed" title="Situation map" width="100%" height="560" style="border:0"></iframe>`);
  guard.allowOrigin(new URL(host.url).origin);
  const newsroom = await reader.context().newPage();
  await newsroom.goto(host.url);
  const embedded = newsroom.frameLocator('iframe');
  await embedded.locator('.maplibregl-map[data-idle="true"]').waitFor({ timeout: 30_000 });
  await expect(embedded.getByRole('button', { name: 'Tel Rifaat', exact: true })).toHaveCount(0);

  // The editor joins, archives the report by pasting it, and drafts the event from its words.
  const editor = await person(browser);
  await editor.page.goto(editorLink);
  await screen(editor.page, 'invite');
  await join(editor.page, editorLink, 'Editor');
  await screen(editor.page, 'drafts-empty');
  await editor.page.getByRole('link', { name: 'New source' }).click();
  await ready(editor.page, 'Archive the source');
  await editor.page.getByLabel('Address (URL) of the report').fill('https://news.example.org/2024/12/02/tel-rifaat');
  await editor.page.getByLabel('Publisher').fill('Example News');
  await editor.page.getByLabel('Headline').fill('Rebels enter Tel Rifaat');
  await editor.page.getByLabel('Published on').fill('2024-12-02');
  await editor.page.getByLabel(/The report's text/).fill(REPORT);
  await screen(editor.page, 'new-source');
  await editor.page.getByRole('button', { name: 'Archive the source' }).click();

  await expect(editor.page.getByRole('heading', { name: 'New event' })).toBeVisible();
  await expect(editor.page.locator('#source-text')).toContainText('Tel Rifaat');
  await select(editor.page, 'source-text', QUOTE);
  await editor.page.getByRole('button', { name: 'Use the selected words as the quote' }).click();
  await expect(editor.page.getByLabel('Quote (verbatim from the text)')).toHaveValue(QUOTE);
  await expect(editor.page.getByText('The quote stands word for word in the archived text.')).toBeVisible();
  await select(editor.page, 'quote-words', 'on Saturday');
  await editor.page.getByRole('button', { name: 'Use the selected words as the date words' }).click();
  await expect(editor.page.getByRole("status").filter({ hasText: /The desk reads .?on Saturday.? as 2024-11-30 \(day\)/ })).toBeVisible();
  await editor.page.getByRole('button', { name: 'Confirm this date' }).click();
  await expect(editor.page.getByLabel('First day')).toHaveValue('2024-11-30');
  await editor.page.getByRole('button', { name: 'A new place' }).click();
  await editor.page.getByLabel('Name in English').fill('Tel Rifaat');
  await editor.page.getByLabel('Name in Arabic').fill('تل رفعت');
  // Clicking the picker's map (the app's own basemap, lazily loaded) fills the coordinates and sets a marker there.
  const pickMap = editor.page.locator('.place-map .maplibregl-map[data-loaded="true"]');
  await expect(pickMap).toBeVisible({ timeout: 30_000 });
  await pickMap.click();
  const lon = editor.page.getByLabel('Longitude (east, degrees)');
  const lat = editor.page.getByLabel('Latitude (north, degrees)');
  await expect(lon).toHaveValue(/^3[78](\.\d+)?$/);
  expect(Math.abs(Number(await lon.inputValue()) - 38.5)).toBeLessThan(0.5);
  expect(Math.abs(Number(await lat.inputValue()) - 35.5)).toBeLessThan(0.5);
  await expect(editor.page.locator('.place-map .maplibregl-marker')).toBeVisible();
  await expect(editor.page.getByText(/Place: Tel Rifaat.* at 35(\.\d+)?, 3[78](\.\d+)? \(new\)/)).toBeVisible();
  // The typed fields stay, for keyboard users and exact values, and are checked.
  await lat.fill('95');
  await expect(editor.page.locator('.new-place [role=alert]')).toHaveText('The latitude must be a number from −90 to 90.');
  await lon.fill('37.0967');
  await lat.fill('36.4733');
  await expect(editor.page.locator('.new-place [role=alert]')).toHaveCount(0);
  await expect(editor.page.getByText(/Place: Tel Rifaat.* at 36\.4733, 37\.0967 \(new\)/)).toBeVisible();
  await editor.page.getByLabel('Syrian opposition', { exact: false }).first().check();
  await editor.page.getByLabel('Title (at most 80 characters)').fill('Rebels enter Tel Rifaat');
  await editor.page.getByLabel('Summary (at most 400 characters)').fill('Rebel fighters entered the town of Tel Rifaat after a day of fighting, witnesses said.');
  await screen(editor.page, 'new-event');
  await editor.page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(editor.page.getByRole('status').filter({ hasText: 'Draft' })).toBeVisible();
  await editor.page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(editor.page.getByRole('status').filter({ hasText: 'In review' })).toBeVisible();
  await screen(editor.page, 'draft-in-review');
  const draftUrl = editor.page.url();
  const id = decodeURIComponent(draftUrl.split('/').pop()!);

  // The publisher joins and sends it back from the review queue; the editor changes it and submits it again.
  const publisher = await person(browser);
  await join(publisher.page, publisherLink, 'Publisher');
  await screen(publisher.page, 'review-queue');
  await publisher.page.getByRole('region', { name: /In review/ }).getByRole('link', { name: 'Rebels enter Tel Rifaat' }).click();
  await publisher.page.getByLabel('What to change (sent back with the draft)').fill('Say that it was witnesses who said so.');
  await publisher.page.getByRole('button', { name: 'Send back' }).click();
  await expect(publisher.page.getByRole('status').filter({ hasText: 'Draft' })).toBeVisible();
  await editor.page.reload();
  await expect(editor.page.getByText('Say that it was witnesses who said so.')).toBeVisible();
  await editor.page.getByRole('link', { name: 'Change the draft' }).click();
  await expect(editor.page.getByRole('note')).toContainText('Say that it was witnesses who said so.');
  await ready(editor.page, 'Save the draft');
  await editor.page.getByLabel('Summary (at most 400 characters)').fill('Rebel fighters entered the town of Tel Rifaat after a day of fighting, according to witnesses.');
  await screen(editor.page, 'change-draft');
  await editor.page.getByRole('button', { name: 'Save the draft' }).click();
  await editor.page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(editor.page.getByRole('status').filter({ hasText: 'In review' })).toBeVisible();

  // The publisher publishes it.
  await publisher.page.reload();
  await publisher.page.getByRole('button', { name: 'Publish' }).click();
  await expect(publisher.page.getByRole('status').filter({ hasText: 'Published' })).toBeVisible();
  await screen(publisher.page, 'published');

  // The reader's open map shows the new place and its event, without a reload.
  const place = map.getByRole('button', { name: 'Tel Rifaat', exact: true });
  await expect(place).toHaveCount(1, { timeout: 15_000 });
  // So does the embed on the newsroom's page.
  await expect(embedded.getByRole('button', { name: 'Tel Rifaat', exact: true })).toHaveCount(1, { timeout: 15_000 });
  await newsroom.close();
  host.server.close();
  await place.click();
  const article = reader.locator(`article[data-event="${id}"]`);
  await expect(article).toContainText('Rebels enter Tel Rifaat');
  await expect(article).toContainText(QUOTE);

  // The editor corrects it; the reader sees the correction note on the event, history one click away.
  await editor.page.goto(draftUrl);
  await editor.page.getByRole('link', { name: 'Correct it' }).click();
  await ready(editor.page, 'Publish the correction');
  await editor.page.getByLabel('Summary (at most 400 characters)').fill('Rebel fighters entered the town of Tel Rifaat on Saturday after a day of fighting, witnesses said.');
  await editor.page.getByLabel(/Correction note for readers/).fill('the summary left out the day the report gives');
  await screen(editor.page, 'correct');
  await editor.page.getByRole('button', { name: 'Publish the correction' }).click();
  await expect(editor.page.getByText('the summary left out the day the report gives')).toBeVisible();
  await expect(article.locator('.event-correction')).toContainText(/Corrected \d{1,2} \w{3} \d{4}: the summary left out the day the report gives/, { timeout: 15_000 });
  if (SHOTS) await reader.screenshot({ path: path.join(SHOTS, 'reader-corrected-1280.png') });
  await expect(article.getByText('Rebel fighters entered the town of Tel Rifaat on Saturday after a day of fighting, witnesses said.', { exact: true })).toBeVisible();
  await article.getByRole('link', { name: 'History of this event' }).click();
  await expect(reader.getByRole('heading', { name: 'History' })).toBeVisible();
  await expect(reader.getByText('Rebel fighters entered the town of Tel Rifaat on Saturday after a day of fighting, witnesses said.', { exact: true })).toBeVisible();
  await expect(reader.getByRole('listitem').filter({ hasText: 'Rebel fighters entered the town of Tel Rifaat after a day of fighting, according to witnesses.' })).toHaveCount(1);

  if (SHOTS) await reader.screenshot({ path: path.join(SHOTS, 'reader-history-1280.png'), fullPage: true });

  // The public pages set no cookie, and the desk's session is never sent to them.
  expect(await reader.context().cookies()).toEqual([]);
  expect(await editor.context.cookies(`${ORIGIN}/`)).toEqual([]);
  const desk = await editor.context.cookies(`${ORIGIN}/desk`);
  expect(desk.map((c) => [c.path, c.httpOnly, c.sameSite])).toEqual([['/desk', true, 'Strict']]);
  for (const p of ['/', '/embed', `/events/${id}`, '/api/places', '/feed.xml']) {
    const response = await editor.page.request.get(p);
    expect(response.headers()['set-cookie'], p).toBeUndefined();
  }
  for (const c of [admin, editor, publisher]) expect(c.foreign, 'requests that left the app origin').toEqual([]);
  for (const c of [admin, editor, publisher]) await c.context.close();
});

test('a saved article page fills the source form with its words, and a hostile page stays words', async ({ browser }) => {
  test.setTimeout(120_000);
  const uploader = await person(browser);
  const { page } = uploader;
  let dialogs = 0;
  page.on('dialog', (d) => (dialogs++, void d.dismiss()));
  await join(page, adminLink('uploader@example.org'), 'Uploader');
  await page.goto('/desk/sources/new');
  await ready(page, 'Archive the source');
  const upload = page.getByLabel(/Or upload the article's page/);
  await upload.setInputFiles(path.join(process.cwd(), 'tests/fixtures/articles/article.html'));
  await expect(page.getByRole('status').filter({ hasText: /Read [\d,]+ characters of the article in article\.html/ })).toBeVisible();
  await expect(page.getByLabel('Headline')).toHaveValue('Rebels enter Tel Rifaat after a day of fighting');
  await expect(page.getByLabel('Publisher')).toHaveValue('Example News');
  await expect(page.getByLabel('Published on')).toHaveValue('2024-12-02');
  const text = page.getByLabel(/The report's text/);
  await expect(text).toHaveValue(/^ALEPPO, Dec 2 \(Example News\) - Rebel fighters entered the town of Tel Rifaat/);
  await expect(text).not.toHaveValue(/Advertisement|Subscribe/);
  await screen(page, 'new-source-uploaded');
  await upload.setInputFiles(path.join(process.cwd(), 'tests/fixtures/articles/hostile.html'));
  await expect(page.getByRole('status').filter({ hasText: /in hostile\.html/ })).toBeVisible();
  await expect(text).toHaveValue(/closure was \u202Elanoitnetni\u202C and <b>unannounced<\/b>\./);
  await expect(page.getByLabel('Headline')).toHaveValue('<img src=x onerror=alert(1)> Report');
  await expect(page.locator('.desk-main img, .desk-main iframe, .desk-main script')).toHaveCount(0);
  await upload.setInputFiles(path.join(process.cwd(), 'tests/fixtures/articles/no-article.html'));
  await expect(page.locator('.page-upload [role=alert]')).toContainText('no readable article was found in this page');
  expect(dialogs, 'nothing of the page ran').toBe(0);
  expect(uploader.foreign, 'requests that left the app origin').toEqual([]);
  await uploader.context.close();
});

test('a place picked from the gazetteer by its Arabic name fills the new place\'s names and coordinates', async ({ browser }) => {
  test.setTimeout(120_000);
  const editor = await person(browser);
  const { page } = editor;
  await join(page, adminLink('places@example.org'), 'Places');
  await page.goto('/desk/events/new');
  await ready(page, 'Search places');
  const search = page.getByLabel(/Search the map's places and the gazetteer/);
  // The map's own Aleppo comes first, and the gazetteer's Aleppo, the same town, is not offered again.
  await search.fill('Aleppo');
  await page.getByRole('button', { name: 'Search places' }).click();
  await expect(page.getByRole('list', { name: 'On the map' }).getByRole('button')).toHaveText(['Use Aleppo (حلب), Syria']);
  await expect(page.getByRole('list', { name: /New places from the gazetteer/ }).getByRole('button', { name: /^New place: Aleppo \(/ })).toHaveCount(0);
  // A transliteration the gazetteer knows finds the map's own Aleppo, then the gazetteer's places, the more populous first.
  await search.fill('Halab');
  await search.press('Enter');
  await expect(page.getByRole('list', { name: /New places from the gazetteer/ }).getByRole('button').first()).toContainText('New place: Ḩalabja (حلبجة)');
  await expect(page.getByRole('list', { name: 'On the map' }).getByRole('button')).toHaveText(['Use Aleppo (حلب), Syria']);
  await screen(page, 'place-search-gazetteer');
  // Idlib, typed in Arabic without its hamza, is found in the gazetteer.
  await search.fill('ادلب');
  await search.press('Enter');
  await expect(page.getByRole('list', { name: 'On the map' })).toContainText('No place on the map has that name.');
  const idlib = page.getByRole('list', { name: /New places from the gazetteer/ }).getByRole('button', { name: /^New place: Idlib \(إدلب\)/ });
  await expect(idlib).toContainText('Syria: provincial capital, population 128,840');
  await idlib.click();
  await expect(page.getByLabel('Name in English')).toHaveValue('Idlib');
  await expect(page.getByLabel('Name in Arabic')).toHaveValue('إدلب');
  await expect(page.getByLabel('Country code (two letters)')).toHaveValue('SY');
  await expect(page.getByLabel('Longitude (east, degrees)')).toHaveValue('36.63393');
  await expect(page.getByLabel('Latitude (north, degrees)')).toHaveValue('35.93062');
  await expect(page.getByText('Names and coordinates from GeoNames (entry 169389)')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Place: Idlib (إدلب) at 35.93062, 36.63393 (new, where GeoNames puts it)' })).toBeVisible();
  await expect(page.locator('.place-map .maplibregl-marker')).toBeVisible({ timeout: 30_000 });
  await screen(page, 'place-from-gazetteer');
  // A point moved is the editor's, no longer GeoNames'.
  await page.getByLabel('Latitude (north, degrees)').fill('35.93');
  await expect(page.getByRole('status').filter({ hasText: /^Place: Idlib \(إدلب\) at 35\.93, 36\.63393 \(new\)$/ })).toBeVisible();
  expect(editor.foreign, 'requests that left the app origin').toEqual([]);
  await editor.context.close();
});

test('the desk is never indexed and framed by nobody', async ({ request }) => {
  for (const p of ['/desk', '/api/desk/session']) {
    const response = await request.get(`${ORIGIN}${p}`);
    expect(response.headers()['x-robots-tag'], p).toBe('noindex, nofollow');
    expect(response.headers()['content-security-policy'], p).toContain("frame-ancestors 'none'");
  }
  const page = await request.get(`${ORIGIN}/desk`);
  expect(await page.text()).toMatch(/<meta name="robots" content="noindex, nofollow/);
});
