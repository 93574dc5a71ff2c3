import { spawnSync } from 'node:child_process';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

// People at the desk of a spec's own server (support/own-server.ts): the first admin's link from
// the command line, a browser cut off from other origins, joining, and checked screenshots.

/** `npm run desk:admin -- EMAIL` against a spec's store: the one-time link it prints. */
export function adminLink(storeDir: string, origin: string, email: string): string {
  const run = spawnSync(path.join(process.cwd(), 'node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/desk-admin.ts', email], {
    env: { ...process.env, STORE_DIR: storeDir, DATABASE_URL: '', DESK_URL: origin },
    encoding: 'utf8',
  });
  expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
  return /(http\S+\/desk\/invite\?token=\S+)/.exec(run.stdout)![1];
}

/** A browser of its own for one person, cut off from every origin but the app's; what it asked elsewhere is kept in `foreign`. */
export async function person(browser: Browser, origin: string): Promise<{ context: BrowserContext; page: Page; foreign: string[] }> {
  const context = await browser.newContext({ baseURL: origin, viewport: { width: 1280, height: 900 } });
  const foreign: string[] = [];
  await context.route((url) => !['data:', 'blob:'].includes(url.protocol) && url.origin !== origin, (r) => (foreign.push(r.request().url()), r.abort('internetdisconnected')));
  return { context, page: await context.newPage(), foreign };
}

/** Screenshots of a desk screen at 375 and 1280 px (into `shots`, when given); no accessibility violation, and at 375 px nothing wider than the screen and no control under 44 px. */
export async function screen(page: Page, name: string, shots: string | undefined) {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`), `${name}: accessibility`).toEqual([]);
  await page.setViewportSize({ width: 375, height: 800 });
  // Nothing scrolls sideways, the page or any box in it (the desk scrolls in a box of its own), but
  // a field's own text and the audit log's wide table.
  const wide = await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => !e.matches('input, textarea, select, .audit-log') && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible' && e.clientWidth > 0).map((e) => `${e.tagName}.${e.className}`));
  expect(wide, `${name}: nothing scrolls sideways at 375 px`).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} fits a 375 px screen`).toBeLessThanOrEqual(375);
  const small = await page.locator('.desk button:visible, .desk select:visible, .desk input:not([type=checkbox]):not([type=radio]):visible').evaluateAll((els) =>
    els.filter((e) => e.getBoundingClientRect().height < 44).map((e) => e.outerHTML.slice(0, 80)),
  );
  expect(small, `${name}: controls at least 44 px tall`).toEqual([]);
  if (shots) await page.screenshot({ path: path.join(shots, `${name}-375.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  if (shots) await page.screenshot({ path: path.join(shots, `${name}-1280.png`), fullPage: true });
}

/** Waits until a form's script runs (its button is enabled): typing before that may be lost or land out of place. */
export const ready = (page: Page, button: string) => expect(page.getByRole('button', { name: button })).toBeEnabled();

/** Accepts an invitation link with a name and a password: the desk opens signed in. */
export async function join(page: Page, link: string, name: string, password: string) {
  await page.goto(link);
  await ready(page, 'Set password and sign in');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel(/Choose a password/).fill(password);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(page.getByRole('heading', { name: 'The desk', exact: true, level: 1 })).toBeVisible();
}

/** Selects `words` inside the element with id `box`, as a mouse drag would. */
export async function select(page: Page, box: string, words: string) {
  await page.evaluate(
    ({ box, words }) => {
      const node = document.getElementById(box)!.firstChild!;
      const at = node.textContent!.indexOf(words);
      if (at < 0) throw new Error(`"${words}" is not in #${box}`);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    },
    { box, words },
  );
}

/** An invitation made on the admin's page: the link it shows. */
export async function invite(page: Page, email: string, role: string) {
  await ready(page, 'Make an invitation link');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('combobox', { name: 'Role', exact: true }).selectOption(role);
  await page.getByRole('button', { name: 'Make an invitation link' }).click();
  const status = page.getByRole('status').filter({ hasText: `Pass this link on to ${email}` });
  await expect(status.locator('output.invite-link')).toContainText('/desk/invite?token=');
  return (await status.locator('output.invite-link').textContent())!;
}
