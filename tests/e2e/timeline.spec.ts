import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

// Years of data: the second server's 10,000 synthetic events, 2012 to 2024 (tests/e2e/synthetic-server.mjs).
const SYNTHETIC = `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

const timeline = (page: Page) => page.getByRole('group', { name: 'Timeline' });
const histogram = (page: Page) => timeline(page).getByRole('img', { name: /^Events per / });
const listed = (page: Page) => page.getByRole('list', { name: 'Events, all places' }).locator('article[data-event]');
const search = (page: Page) => new URL(page.url()).searchParams;
/** The histogram's answer has arrived (fetched in the browser: the page is hydrated too). */
const drawn = (page: Page) => expect(histogram(page)).not.toHaveAttribute('data-bars', '0');

test.describe('years of data', () => {
  // Each step redraws a map of 10,000 events: on a busy 2-core machine a test here takes more than a minute.
  test.describe.configure({ timeout: 150_000 });
  test.beforeEach(({ guard }) => guard.allowOrigin(SYNTHETIC));

  test('the histogram draws a bar a month, each as tall as its count, and steps go by months', async ({ page, request }) => {
    const answer = await (await request.get(`${SYNTHETIC}/api/histogram`)).json();
    expect(answer.unit).toBe('month');
    await page.goto(`${SYNTHETIC}/`);
    await drawn(page);
    await expect(histogram(page)).toHaveAttribute('aria-label', 'Events per month, each on its first day; drag across to choose a span');
    const bars = histogram(page).locator('.histogram-bar');
    await expect(bars).toHaveCount(answer.buckets.length);
    expect(answer.buckets.length).toBeGreaterThanOrEqual(20);
    expect(answer.buckets.length).toBeLessThanOrEqual(160);
    // The busiest month's bar is the tallest, drawn (not only in the DOM).
    const busiest = answer.buckets.reduce((best: number, b: { count: number }, i: number, all: { count: number }[]) => (b.count > all[best].count ? i : best), 0);
    const heights = await bars.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeGreaterThan(15);
    expect(heights[busiest]).toBe(Math.max(...heights));

    const slider = timeline(page).getByRole('slider', { name: 'Date' });
    await expect(slider).toHaveAttribute('max', String(answer.buckets.length - 1));
    await slider.focus();
    await page.keyboard.press('Home');
    // The first month's last day.
    await expect.poll(() => search(page).get('date')).toBe(answer.buckets[0].end);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => search(page).get('date')).toBe(answer.buckets[1].end);
    await page.keyboard.press('PageUp');
    await expect.poll(() => search(page).get('date')).toBe(answer.buckets[13].end);
    await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(`${Number(answer.buckets[13].end.slice(8))} \\w+ ${answer.buckets[13].end.slice(0, 4)}`));
    await timeline(page).getByRole('button', { name: 'Previous month' }).click();
    await expect.poll(() => search(page).get('date')).toBe(answer.buckets[12].end);
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => search(page).get('date')).toBe(answer.to);
  });

  test('brushing across the histogram lists the events of that span, writes it in the URL, and a reload keeps it', async ({ page, request }) => {
    await page.goto(`${SYNTHETIC}/`);
    await waitForMapIdle(page);
    const answer = await (await request.get(`${SYNTHETIC}/api/histogram`)).json();
    await expect(histogram(page).locator('.histogram-bar')).toHaveCount(answer.buckets.length);
    await expect(listed(page).first()).toBeVisible();
    const before = await listed(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-event')));

    // From about a quarter of the way along to about a third.
    const box = (await histogram(page).boundingBox())!;
    const y = box.y + box.height - 4;
    await page.mouse.move(box.x + box.width * 0.25, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, y, { steps: 4 });
    await page.mouse.move(box.x + box.width * 0.33, y, { steps: 4 });
    await page.mouse.up();

    await expect.poll(() => search(page).get('from')).not.toBeNull();
    const from = search(page).get('from')!;
    const to = search(page).get('date')!;
    expect(from < to).toBe(true);
    expect(from.endsWith('-01')).toBe(true);
    await expect(timeline(page).getByRole('button', { name: 'Span', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(timeline(page).getByRole('slider', { name: 'Start of span' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Events in this span' })).toBeVisible();
    // The list now holds events of that span only (by period overlap), not the newest of all.
    await expect.poll(async () => (await listed(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-event')))).join()).not.toBe(before.join());
    const dates = await page.getByRole('list', { name: 'Events, all places' }).locator('time[datetime]').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    const inSpan = await (await request.get(`${SYNTHETIC}/api/events?from=${from}&to=${to}&order=desc&limit=50`)).json();
    expect(await listed(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-event')))).toEqual(inSpan.features.map((f: { id: string }) => f.id).reverse());
    expect(dates.length).toBeGreaterThan(0);

    await page.reload();
    await expect(timeline(page).getByRole('slider', { name: 'Start of span' })).toHaveAttribute('aria-valuetext', new RegExp(from.slice(0, 4)));
    expect(search(page).get('from')).toBe(from);
    await expect(timeline(page).locator('output')).toContainText(' – ');
    await expect(listed(page).first()).toHaveAttribute('data-event', inSpan.features.at(-1).id);

    // Back to everything up to a day: the span's last day stays.
    await timeline(page).getByRole('button', { name: 'Span', exact: true }).click();
    await expect.poll(() => search(page).get('from')).toBeNull();
    expect(search(page).get('date')).toBe(to);
    await expect(timeline(page).getByRole('slider', { name: 'Date' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Events up to this date' })).toBeVisible();
  });

  test('the span is keyboard-usable: toggled, both ends stepped, moved whole', async ({ page }) => {
    await page.goto(`${SYNTHETIC}/?date=2016-06-30`);
    await drawn(page);
    await timeline(page).getByRole('button', { name: 'Span', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page).get('from')).not.toBeNull();
    const first = search(page).get('from')!;
    expect(first.endsWith('-01') && first < '2016-06-01').toBe(true);
    const start = timeline(page).getByRole('slider', { name: 'Start of span' });
    const end = timeline(page).getByRole('slider', { name: 'End of span' });
    await expect(end).toHaveAttribute('aria-valuetext', 'Thu, 30 Jun 2016');
    await start.focus();
    await page.keyboard.press('PageDown');
    const yearEarlier = `${Number(first.slice(0, 4)) - 1}${first.slice(4)}`;
    await expect.poll(() => search(page).get('from')).toBe(yearEarlier);
    await end.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => search(page).get('date')).toBe('2016-05-31');
    await timeline(page).getByRole('button', { name: 'Move the span forward' }).click();
    await expect.poll(() => search(page).get('date')).toBe('2016-06-30');
    const monthLater = new Date(Date.UTC(Number(yearEarlier.slice(0, 4)), Number(yearEarlier.slice(5, 7)), 1)).toISOString().slice(0, 10);
    expect(search(page).get('from')).toBe(monthLater);
  });

  test('play runs through twelve years in seconds, and pauses', async ({ page }) => {
    await page.goto(`${SYNTHETIC}/?date=2012-01-31`);
    await drawn(page);
    await timeline(page).getByRole('button', { name: 'Play' }).click();
    await expect(timeline(page).getByRole('button', { name: 'Pause' })).toBeVisible();
    // About 15 s for the whole run (lib/hooks/use-playback.test.ts): a month a tenth of a second where
    // the map draws that fast. On a busy machine it goes as fast as the map draws: a few months, by months.
    const seen = new Set<string>();
    await expect.poll(() => {
      seen.add(search(page).get('date')!);
      return search(page).get('date')! >= '2012-04-30';
    }, { timeout: 60_000 }).toBe(true);
    for (const d of seen) expect(new Date(Date.parse(d) + 86_400_000).getUTCDate(), `${d} is a month's last day`).toBe(1);
    await timeline(page).getByRole('button', { name: 'Pause' }).click();
    await expect(timeline(page).getByRole('button', { name: 'Play' })).toBeVisible();
    // The URL follows the shown date through the router, a step behind on a busy machine: once they
    // agree, that is where play stopped, and it stays there.
    const shown = timeline(page).locator('output time');
    await expect.poll(async () => search(page).get('date') === (await shown.getAttribute('datetime')), { timeout: 15_000 }).toBe(true);
    const paused = search(page).get('date')!;
    expect(paused < '2020-01-01', 'paused long before the end').toBe(true);
    await expect(timeline(page).getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(shown).toHaveAttribute('datetime', paused);
    expect(search(page).get('date')).toBe(paused);
  });
});

test('a week of data steps by days, from the keyboard too', async ({ page }) => {
  await page.goto('/');
  await drawn(page);
  const slider = timeline(page).getByRole('slider', { name: 'Date' });
  await expect(histogram(page)).toHaveAttribute('aria-label', /^Events per day/);
  await expect(histogram(page).locator('.histogram-bar')).toHaveCount(8);
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(page).toHaveURL(/[?&]date=2024-11-25(&|$)/);
  await expect(slider).toHaveAttribute('aria-valuetext', 'Mon, 25 Nov 2024');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/[?&]date=2024-11-26(&|$)/);
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/[?&]date=2024-12-02(&|$)/);
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/[?&]date=2024-11-25(&|$)/);
});

test('the timeline has its final height before the histogram arrives', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/histogram**', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  const group = timeline(page);
  await expect(group).toBeVisible();
  await expect(histogram(page)).toHaveAttribute('data-bars', '0');
  const before = (await group.boundingBox())!;
  release();
  await expect(histogram(page).locator('.histogram-bar')).toHaveCount(8);
  const after = (await group.boundingBox())!;
  expect(after.height).toBe(before.height);
  expect(after.y).toBe(before.y);
});

test('Arabic: the timeline runs right to left with Arabic labels', async ({ page }) => {
  await page.goto('/?lang=ar&date=2024-12-01');
  const group = page.getByRole('group', { name: 'الخط الزمني' });
  await expect(group.locator('.histogram')).not.toHaveAttribute('data-bars', '0');
  await expect(group.getByRole('slider', { name: 'التاريخ' })).toHaveAttribute('aria-valuetext', /٢٠٢٤/);
  await expect(group.getByRole('img', { name: /^الأحداث في كل يوم/ }).locator('.histogram-bar')).toHaveCount(8);
  // The first bar (the data's first day) is at the right.
  const bars = group.locator('.histogram-bar');
  expect((await bars.first().boundingBox())!.x).toBeGreaterThan((await bars.last().boundingBox())!.x);
  await group.getByRole('button', { name: 'مدة' }).click();
  await expect(page).toHaveURL(/[?&]from=2024-11-29(&|$)/);
  await expect(group.getByRole('slider', { name: 'بداية المدة' })).toBeVisible();
});

for (const width of [375, 1280]) {
  test(`at ${width} px the histogram stands under the slider, edge to edge`, async ({ page }) => {
    await page.setViewportSize({ width, height: 760 });
    await page.goto('/');
    await expect(histogram(page).locator('.histogram-bar')).toHaveCount(8);
    const bars = (await histogram(page).boundingBox())!;
    const sliders = (await timeline(page).locator('.timeline-sliders').boundingBox())!;
    expect(Math.abs(bars.x - sliders.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(bars.x + bars.width - (sliders.x + sliders.width))).toBeLessThanOrEqual(1);
  });
}
