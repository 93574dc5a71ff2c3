import { expect, test } from './fixtures';

test('a failing events API shows the error and a Retry that recovers', async ({ page, guard }) => {
  guard.allowConsoleError(/status of 503/);
  let fail = true;
  await page.route((url) => url.pathname === '/api/events' && url.searchParams.get('place') === 'ankara', (route) =>
    fail
      ? route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'unavailable', message: 'Try again shortly.' } }) })
      : route.continue(),
  );
  await page.goto('/?place=ankara');
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load' });
  await expect(alert).toContainText('Could not load the events for Ankara on this date. Try again shortly.');

  fail = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.locator('article[data-event="araghchi-arrives-ankara"]')).toBeVisible();
});

test('a failing places API says the places could not load', async ({ page, guard }) => {
  guard.allowConsoleError(/status of 500/);
  await page.route('**/api/places', (route) => route.fulfill({ status: 500, body: 'oops' }));
  await page.goto('/');
  await expect(page.getByRole('alert').filter({ hasText: 'Could not load' })).toContainText('Could not load the places. The server answered 500.');
});

test('a later call that fails keeps what the page shows, says so, and recovers with Retry', async ({ page, guard }) => {
  guard.allowConsoleError(/status of 503/);
  await page.goto('/?place=ankara');
  const articles = page.getByRole('complementary', { name: 'Events' }).locator('article');
  await expect(articles).toHaveCount(3);

  let fail = true;
  await page.route((url) => url.pathname === '/api/events' && url.searchParams.get('to') === '2024-12-01', (route) =>
    fail ? route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'unavailable', message: 'Down for a moment.' } }) }) : route.continue(),
  );
  await page.getByRole('group', { name: 'Timeline' }).getByRole('button', { name: 'Previous day' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the events for Ankara' });
  await expect(alert).toContainText('Down for a moment. What was loaded before is still shown.');
  await expect(articles).toHaveCount(3);

  fail = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toHaveCount(0);
  await expect(articles).toHaveCount(1);
});

test('a call that hangs times out with a message and a Retry', async ({ page }) => {
  test.setTimeout(60_000);
  let hang = true;
  await page.route((url) => url.pathname === '/api/events' && url.searchParams.get('place') === 'damascus', async (route) => {
    if (!hang) return route.continue();
    await new Promise((resolve) => setTimeout(resolve, 20_000));
    await route.abort().catch(() => {});
  });
  await page.goto('/?place=damascus');
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the events for Damascus' });
  await expect(alert).toContainText('The server took too long to answer.', { timeout: 15_000 });
  hang = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('article[data-event="araghchi-meets-assad"]')).toBeVisible();
});

test('a failing control API says so over the map and recovers', async ({ page, guard }) => {
  guard.allowConsoleError(/status of 500/);
  let fail = true;
  await page.route((url) => url.pathname === '/api/control', (route) => (fail ? route.fulfill({ status: 500, body: 'x' }) : route.continue()));
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load who holds which area' });
  await expect(alert).toBeVisible();
  fail = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Control areas' })).toContainText('Syrian opposition forces');
});

test.describe('in a browser without WebGL', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return /webgl/i.test(type) ? null : (getContext as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof getContext;
    });
  });

  test('the page says the map cannot be drawn and still lists every place and its events', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('alert').filter({ hasText: 'cannot draw the map' })).toBeVisible();
    await expect(page.locator('canvas')).toHaveCount(0);
    const panel = page.getByRole('complementary', { name: 'Events' });
    await expect(panel.getByRole('list', { name: 'Places', exact: true }).getByRole('button')).toHaveCount(3);
    await expect(panel.locator('article')).toHaveCount(6);
    await panel.getByRole('list', { name: 'Places', exact: true }).getByRole('button', { name: /^Damascus/ }).click();
    await expect(panel.locator('article[data-event="araghchi-meets-assad"] blockquote').first()).toBeVisible();
  });

  test('the embed says so too and lists the events', async ({ page }) => {
    await page.goto('/embed');
    await expect(page.getByRole('alert').filter({ hasText: 'cannot draw the map' })).toBeVisible();
    await expect(page.locator('.embed-sheet article')).toHaveCount(6);
  });
});
