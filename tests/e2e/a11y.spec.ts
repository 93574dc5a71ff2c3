import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const path of ['/', '/?place=aleppo', '/embed', '/embed?place=aleppo', '/?lang=ar', '/?lang=ar&place=aleppo', '/?theme=dark&place=ankara', '/embed?theme=dark&place=damascus', '/?area=aleppo-city', '/?flow=syrian-refugees-in-turkey', '/?flow=unhcr-refugees-sy-tr', '/?lang=ar&flow=unhcr-refugees-sy-tr']) {
  test(`axe finds no violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await waitForMapIdle(page);
    expect(await violations(page)).toEqual([]);
  });
}
