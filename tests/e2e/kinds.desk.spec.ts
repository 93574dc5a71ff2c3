import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';
import { adminLink as deskAdminLink, invite, join as joinDesk, person as ownPerson, ready, screen as checkedScreen, select } from './support/desk-people';
import { useDeskServer } from './support/desk-server';

// A flow through the desk, on a server of its own (E2E_PORT + 7): an editor archives a report,
// drafts a flow from its words (quote, figure words and date words picked in the text, one end a
// place from the picker, the other a country) and submits it; a publisher publishes it; a reader's
// open page lists it without a reload, and no longer once it is retracted.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 7;
const ORIGIN = `http://localhost:${PORT}`;
const STORE_DIR = path.join(os.tmpdir(), `situation-e2e-store-kinds-${PORT}`);
const SHOTS = process.env.DESK_SHOTS;
const PASSWORD = 'a long and careful passphrase';
const QUOTE = 'about 120,000 people have fled Aleppo for Turkey since Saturday';
const LABEL = 'about 120,000 people fled Aleppo for Turkey (Example News)';
const CORRECTED = 'about 120,000 people fled Aleppo for Turkey (officials, Example News)';
const REPORT = ['GAZIANTEP, Dec 2 (Example News) -', `Officials said ${QUOTE}, most of them women and children.`, 'More were waiting at the border.'].join('\n');

useDeskServer(PORT, STORE_DIR, SHOTS);

const person = (browser: Browser) => ownPerson(browser, ORIGIN);
const screen = (page: Page, name: string) => checkedScreen(page, name, SHOTS);
const join = (page: Page, link: string, name: string) => joinDesk(page, link, name, PASSWORD);

test('an editor drafts a flow from a report\'s words, a publisher publishes it, and the reader\'s open page lists it, then drops it when retracted', async ({ page: reader, browser }) => {
  test.setTimeout(240_000);
  const admin = await person(browser);
  await join(admin.page, deskAdminLink(STORE_DIR, ORIGIN, 'admin@example.org'), 'Admin');
  await admin.page.getByRole('link', { name: 'People and audit log' }).click();
  const editorLink = await invite(admin.page, 'editor@example.org', 'editor');
  const publisherLink = await invite(admin.page, 'publisher@example.org', 'publisher');

  await reader.goto(`${ORIGIN}/`);
  await waitForMapIdle(reader);
  const flows = reader.getByRole('list', { name: 'Flows', exact: true });
  await expect(flows).toContainText('up to 3.2 million Syrian refugees in Turkey (UN figures)');
  await expect(flows).not.toContainText(LABEL);

  // The editor archives the report, then drafts the flow from its words.
  const editor = await person(browser);
  await join(editor.page, editorLink, 'Editor');
  await editor.page.getByRole('link', { name: 'New source' }).click();
  await ready(editor.page, 'Archive the source');
  await editor.page.getByLabel('Address (URL) of the report').fill('https://news.example.org/2024/12/02/aleppo-turkey');
  await editor.page.getByLabel('Publisher').fill('Example News');
  await editor.page.getByLabel('Headline').fill('Thousands flee Aleppo for Turkey');
  await editor.page.getByLabel('Published on').fill('2024-12-02');
  await editor.page.getByLabel(/The report's text/).fill(REPORT);
  await editor.page.getByRole('button', { name: 'Archive the source' }).click();
  await expect(editor.page.getByRole('heading', { name: 'New event' })).toBeVisible();

  await editor.page.getByRole('link', { name: 'New flow' }).click();
  await ready(editor.page, 'Save the draft');
  await editor.page.getByRole('combobox', { name: /^Source/ }).selectOption({ label: 'Example News, 2024-12-02: Thousands flee Aleppo for Turkey' });
  await expect(editor.page.locator('#source-text')).toContainText('Aleppo');
  await select(editor.page, 'source-text', QUOTE);
  await editor.page.getByRole('button', { name: 'Use the selected words as the quote' }).click();
  await expect(editor.page.getByText('The quote stands word for word in the archived text.')).toBeVisible();
  await editor.page.getByLabel('Who moves').selectOption('refugees');
  const from = editor.page.getByRole('group', { name: 'From', exact: true });
  await from.getByLabel('A place').check();
  await from.getByLabel(/Search the map's places/).fill('Aleppo');
  await from.getByRole('button', { name: 'Search places' }).click();
  await from.getByRole('button', { name: /^Use Aleppo/ }).click();
  await expect(from.getByRole('status')).toContainText('Aleppo');
  const to = editor.page.getByRole('group', { name: 'To', exact: true });
  await to.getByLabel('A country').check();
  await to.getByRole('combobox', { name: /^Country/ }).selectOption('TR');
  await select(editor.page, 'figure-words', 'about 120,000');
  await editor.page.getByRole('button', { name: 'Use the selected words as the figure words' }).click();
  await editor.page.getByLabel('The source bounds it as').selectOption('about');
  await editor.page.getByLabel('Number').fill('120000');
  await select(editor.page, 'quote-words', 'since Saturday');
  await editor.page.getByRole('button', { name: 'Use the selected words as the date words' }).click();
  await editor.page.getByLabel('First day').fill('2024-11-30');
  await editor.page.getByLabel(/Label on the map/).fill(LABEL);
  await screen(editor.page, 'new-flow');
  await editor.page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(editor.page.getByRole('status').filter({ hasText: 'Draft flow' })).toBeVisible();
  await editor.page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(editor.page.getByRole('status').filter({ hasText: 'In review flow' })).toBeVisible();
  await screen(editor.page, 'flow-in-review');
  const draftUrl = editor.page.url();

  // The publisher finds it in the review queue, marked as a flow, and publishes it.
  const publisher = await person(browser);
  await join(publisher.page, publisherLink, 'Publisher');
  const queued = publisher.page.getByRole('region', { name: /In review/ }).getByRole('listitem').filter({ hasText: LABEL });
  await expect(queued).toContainText('flow');
  await screen(publisher.page, 'review-queue-kinds');
  await queued.getByRole('link', { name: LABEL }).click();
  await publisher.page.getByRole('button', { name: 'Publish' }).click();
  await expect(publisher.page.getByRole('status').filter({ hasText: 'Published flow' })).toBeVisible();

  // The reader's open page lists it without a reload.
  await expect(flows).toContainText(LABEL, { timeout: 15_000 });

  // The editor corrects its label with a note; the reader's page follows.
  await editor.page.goto(draftUrl);
  await editor.page.getByRole('link', { name: 'Correct it' }).click();
  await ready(editor.page, 'Publish the correction');
  await editor.page.getByLabel(/Label on the map/).fill(CORRECTED);
  await editor.page.getByLabel(/Correction note for readers/).fill('the officials are the source of the figure');
  await screen(editor.page, 'correct-flow');
  await editor.page.getByRole('button', { name: 'Publish the correction' }).click();
  await expect(editor.page.getByText('the officials are the source of the figure')).toBeVisible();
  await expect(flows).toContainText(CORRECTED, { timeout: 15_000 });
  // A reader who opens the flow reads the correction on its card.
  const card = await reader.context().newPage();
  await card.goto(`${ORIGIN}/?flow=${encodeURIComponent(decodeURIComponent(draftUrl.split('/').pop()!))}`);
  await expect(card.locator('.flow-card .event-correction')).toContainText(/Corrected \d{1,2} \w{3} \d{4}: the officials are the source of the figure/);
  await card.close();

  // Retracted with a public reason, it leaves the reader's page.
  await publisher.page.getByLabel('Public reason for retracting it').fill('The officials withdrew the figure.');
  await publisher.page.getByRole('button', { name: 'Retract' }).click();
  await expect(publisher.page.getByRole('status').filter({ hasText: 'Retracted flow' })).toBeVisible();
  await expect(flows).not.toContainText(CORRECTED, { timeout: 15_000 });
  await expect(flows).toContainText('up to 3.2 million Syrian refugees in Turkey (UN figures)');
  // Its link keeps a public notice with the reason.
  const notice = await reader.context().newPage();
  await notice.goto(`${ORIGIN}/?flow=${encodeURIComponent(decodeURIComponent(draftUrl.split('/').pop()!))}`);
  await expect(notice.locator('.flow-retracted')).toContainText(/taken off the map\. Retracted on \d{4}-\d{2}-\d{2}: The officials withdrew the figure\./);
  await notice.close();
  await editor.page.goto(draftUrl);
  await expect(editor.page.getByRole('heading', { level: 1 })).toHaveText(CORRECTED);
  expect(editor.foreign).toEqual([]);
  expect(await reader.context().cookies()).toEqual([]);
});

test('an editor drafts an itinerary leg from the person\'s events at each stop, and sees the control period form', async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await person(browser);
  await join(admin.page, deskAdminLink(STORE_DIR, ORIGIN, 'admin2@example.org'), 'Admin');
  await admin.page.getByRole('link', { name: 'People and audit log' }).click();
  const editorLink = await invite(admin.page, 'editor2@example.org', 'editor');
  const editor = await person(browser);
  await join(editor.page, editorLink, 'Editor');

  await editor.page.getByRole('link', { name: 'New control period' }).click();
  await ready(editor.page, 'Save the draft');
  await editor.page.getByRole('combobox', { name: /^Area/ }).selectOption('aleppo-city');
  await editor.page.getByLabel('Inferred (the source implies it)').check();
  await expect(editor.page.getByLabel('What it is inferred from')).toBeVisible();
  await screen(editor.page, 'new-control-period');

  await editor.page.getByRole('link', { name: 'New itinerary leg' }).click();
  await ready(editor.page, 'Save the draft');
  await editor.page.getByRole('combobox', { name: /^Who travels/ }).selectOption('abbas-araghchi');
  await editor.page.getByLabel(/^Title/).fill('Abbas Araghchi: Damascus to Ankara, again');
  for (const [n, place, event] of [[1, 'Damascus', /meets Assad/], [2, 'Ankara', /arrives in Ankara/]] as const) {
    const stop = editor.page.getByRole('group', { name: `Stop ${n}`, exact: true });
    await stop.getByLabel(/Search the map's places/).fill(place);
    await stop.getByRole('button', { name: 'Search places' }).click();
    await stop.getByRole('button', { name: new RegExp(`^Use ${place}`) }).click();
    await stop.getByRole('group', { name: /the events there/ }).getByRole('checkbox', { name: event }).first().check();
  }
  await screen(editor.page, 'new-leg');
  await editor.page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(editor.page.getByRole('status').filter({ hasText: 'Draft itinerary leg' })).toBeVisible();
  await expect(editor.page.getByRole('heading', { level: 1 })).toHaveText('Abbas Araghchi: Damascus to Ankara, again');
  await screen(editor.page, 'leg-draft');
  expect(editor.foreign).toEqual([]);
});
