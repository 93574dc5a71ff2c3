import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { MOVEMENT_LAYER_IDS } from '@/lib/map/movement-layers';
import { colorAt, colorDistance, expect, rgb, test, waitForMapIdle } from './fixtures';
import { startOwnServer } from './support/own-server';

// The real UCDP GED 23.1 sample, imported while a server runs. Imported places cannot be retracted
// (only their events can), and the other specs count the places and events of the main server's
// store, so this spec runs the same build on a store of its own, seeded from data/ like the main one.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 4;
const ORIGIN = `http://localhost:${PORT}`;
const STORE_DIR = path.join(os.tmpdir(), `situation-e2e-store-imported-${PORT}`);
const SAMPLE = '/work/shared/data/ucdp/ged231-sample-syria-2011-2013-turkey.csv';
/** UCDP ids: Homs governorate (where_prec 4), near As Salamiyah (2), Syria as a whole (6), Jisr ash Shughur within 2–6 days (date_prec 2). */
const ROWS = ['47224', '283525', '309582', '363818'];
const MARKER = '#1f3147';
const HOMS_GOVERNORATE: [number, number] = [38.3, 34.466667];
const AS_SALAMIYAH: [number, number] = [37.05324, 35.01127];

let stopServer: (() => void) | undefined;

/** The sample's header and the chosen rows, exactly as the file has them (cells with newlines and all). */
function slice(): string {
  const rows = parse(readFileSync(SAMPLE, 'utf8'), { raw: true }) as unknown as { record: string[]; raw: string }[];
  const kept = rows.filter((r, i) => i === 0 || ROWS.includes(r.record[0]));
  expect(kept).toHaveLength(ROWS.length + 1);
  return kept.map((r) => r.raw.replace(/\r?\n$/, '')).join('\n') + '\n';
}

/** Runs `npm run import` on the slice against this spec's store; importing it again changes nothing. Returns its output. */
function importSlice(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'situation-e2e-ucdp-'));
  const file = path.join(dir, 'ged231-slice.csv');
  writeFileSync(file, slice());
  const run = spawnSync(path.join(process.cwd(), 'node_modules/.bin/tsx'), ['scripts/import.ts', 'ucdp-ged', file, '--retrieved', '2026-12-03'], {
    env: { ...process.env, STORE_DIR, DATABASE_URL: '' },
    encoding: 'utf8',
  });
  expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
  expect(run.stdout).toContain('4 rows read, 4 imported, 0 rejected');
  return run.stdout;
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  stopServer = await startOwnServer(PORT, STORE_DIR);
});

test.afterAll(() => stopServer?.());

test.beforeEach(({ guard }) => guard.allowOrigin(ORIGIN));

const renderedLabels = (page: Page) =>
  page.evaluate(
    (l) => (window as unknown as { __situationMap: { queryRenderedFeatures: (o: object) => { properties: { label: string } }[] } }).__situationMap.queryRenderedFeatures({ layers: [l] }).map((f) => f.properties.label),
    MOVEMENT_LAYER_IDS.flowLabel,
  );

test('an imported UCDP event says where it comes from, and an area is drawn as a hollow ring, not a town', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${ORIGIN}/?date=2012-05-09`);
  await waitForMapIdle(page);
  const map = page.getByRole('region', { name: 'Map of events' });
  await expect(map.getByRole('button', { name: 'Homs governorate', exact: true })).toHaveCount(0);

  // Imported while the page is open: the live update brings the places in.
  expect(importSlice()).toMatch(/imported: \d+ new, 0 updated/);

  const homs = map.getByRole('button', { name: 'Homs governorate', exact: true });
  await expect(homs).toBeVisible({ timeout: 20_000 });
  await expect(homs).toHaveAttribute('data-area', 'true');
  await expect(page.locator('#marker-count-homs-governorate')).toContainText('an area, not a town');
  await expect(map.getByRole('button', { name: 'As Salamiyah town', exact: true })).not.toHaveAttribute('data-area');
  await waitForMapIdle(page);

  // Pixels: the town's dot is filled in the marker colour at its point; the area's ring is hollow there.
  const town = await colorAt(page, AS_SALAMIYAH);
  const area = await colorAt(page, HOMS_GOVERNORATE);
  expect(colorDistance(town, rgb(MARKER)), `town dot ${town}`).toBeLessThanOrEqual(40);
  expect(colorDistance(area, rgb(MARKER)), `inside the area ring ${area}`).toBeGreaterThan(120);
  await expect(page.locator('.legend')).toContainText('Area, not a town: events somewhere in it, shown at its centre');

  await homs.click();
  const card = page.locator('article[data-event="ucdp-ged-47224"]');
  await expect(card).toBeVisible();
  await expect(card).toContainText('UCDP GED 23.1, citing VDC');
  await expect(card).toContainText('somewhere in Homs governorate: shown at its centre');
  await expect(card).toContainText('exact day');
  await expect(card).toContainText('Deaths: 3 (best estimate; low 3, high 4)');
  await expect(card).toContainText('The dataset’s type: state-based conflict');

  // A country-level event: the whole of Syria, shown at its centre.
  await page.goto(`${ORIGIN}/?place=syria&date=2013-04-02`);
  await expect(page.locator('article[data-event="ucdp-ged-309582"]')).toContainText('somewhere in Syria: shown at its centre');
  // Known only to a few days: the date's precision in words.
  await page.goto(`${ORIGIN}/?place=jisr-ash-shughur-town&date=2013-12-31`);
  await expect(page.locator('article[data-event="ucdp-ged-363818"]')).toContainText('known only to a span of days');
  await expect(page.locator('article[data-event="ucdp-ged-363818"]')).toContainText('near Jisr ash Shughur town');
});

test("UNHCR's flow is labelled with the figure of the year in force, and follows the timeline into another year", async ({ page }) => {
  test.setTimeout(90_000);
  // The imported events reach back to April 2012: the timeline does too.
  importSlice();
  await page.goto(`${ORIGIN}/?date=2013-04-02`);
  await waitForMapIdle(page);
  await expect.poll(() => renderedLabels(page)).toEqual(['248,466 refugees from Syria in Turkey, end of 2012 (UNHCR)']);
  const slider = page.getByRole('slider', { name: 'Date' });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', /2 Dec 2024/);
  await waitForMapIdle(page);
  await expect.poll(() => renderedLabels(page)).toEqual(expect.arrayContaining(['3,214,780 refugees from Syria in Turkey, end of 2023 (UNHCR)', 'up to 3.2 million Syrian refugees in Turkey (UN figures)']));

  // The card charts the series and quotes the year on the map from its row, one click from any other year.
  await page.goto(`${ORIGIN}/?flow=unhcr-refugees-sy-tr&date=2024-12-02`);
  const panel = page.getByRole('complementary', { name: 'Events' });
  await expect(panel.locator('svg[data-series-chart] rect')).toHaveCount(27);
  await expect(panel.locator('tr[aria-current="date"]')).toHaveText(/^2023\s*3,214,780 · on the map for this date/);
  await expect(panel.locator('.series-quote blockquote')).toContainText('refugees: 3214780');
  await panel.getByRole('button', { name: 'Show the source of the 2012 figure' }).click();
  await expect(panel.locator('.series-quote blockquote')).toContainText('year: 2012');
  await expect(panel.locator('.series-quote blockquote')).toContainText('refugees: 248466');
  await expect(panel.locator('.series-quote a')).toHaveAttribute('href', 'https://www.unhcr.org/refugee-statistics/');
});
