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
  await expect(alert).toContainText('Could not load the events for Ankara. Try again shortly.');

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
