import { expect, test, waitForMapIdle } from './fixtures';

test('the whole reading journey needs nothing but the app origin', async ({ page, guard, baseURL }) => {
  const origins = new Set<string>();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  await page.goto('/');
  await waitForMapIdle(page);
  for (const name of ['Aleppo', 'Damascus', 'Ankara']) {
    await page.getByRole('region', { name: 'Map of events' }).getByRole('button', { name, exact: true }).click();
    await expect(page.locator('article blockquote').first()).toBeVisible();
  }
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
  expect(guard.foreignRequests).toEqual([]);
});

test.describe('with the page\'s CSP bypassed', () => {
  test.use({ bypassCSP: true });

  test('the offline guard catches and blocks a request to another host', async ({ page, guard }) => {
    guard.allowConsoleError(/ERR_INTERNET_DISCONNECTED/);
    await page.goto('/');
    const reached = await page.evaluate(() => fetch('http://tile.example.invalid/0/0/0.png').then(() => true, () => false));
    expect(reached).toBe(false);
    expect(guard.foreignRequests).toEqual(['http://tile.example.invalid/0/0/0.png']);
    guard.foreignRequests.length = 0; // caught on purpose: let the guard's own check pass
  });
});

test('the page\'s own CSP refuses to connect to another host', async ({ page, guard }) => {
  guard.allowConsoleError(/violates the (document's Content Security Policy|following Content Security Policy directive)/);
  await page.goto('/');
  const reached = await page.evaluate(() => fetch('http://tile.example.invalid/0/0/0.png').then(() => true, () => false));
  expect(reached).toBe(false);
  expect(guard.consoleErrors.join('\n')).toContain("violates the following Content Security Policy directive: \"connect-src 'self'\"");
  expect(guard.foreignRequests, 'the browser never even sent it').toEqual([]);
});
