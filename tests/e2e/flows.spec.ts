import type { Page } from '@playwright/test';
import { MOVEMENT_COLORS, MOVEMENT_LAYER_IDS } from '@/lib/map/movement-layers';
import { MAP_COLORS } from '@/lib/map/style';
import { colorAt, colorDistance, expect, pagePoint, rgb, test, waitForMapIdle } from './fixtures';

type Map = { queryRenderedFeatures: (o: object) => { properties: Record<string, unknown> }[]; getLayer: (id: string) => unknown };
const rendered = (page: Page, layer: string, property: string) =>
  page.evaluate(([l, p]) => (window as unknown as { __situationMap: Map }).__situationMap.queryRenderedFeatures({ layers: [l] }).map((f) => f.properties[p] as string), [layer, property]);
const renderedLabels = (page: Page, layer: string) => rendered(page, layer, 'label');

/** A point 30% of the way along the flow's arc: on the arrow, clear of its label and head. */
async function onTheArrow(page: Page): Promise<[number, number]> {
  const body = await (await page.request.get('/api/flows')).json();
  const coords = body.features[0].geometry.coordinates as [number, number][];
  return coords[Math.round(coords.length * 0.3)];
}

const DAMASCUS: [number, number] = [36.2765, 33.5138];
const ANKARA: [number, number] = [32.8597, 39.9334];
/** Points along the Damascus–Ankara leg, away from both cities' markers. */
const alongTheRoute = Array.from({ length: 21 }, (_, i) => 0.35 + i * 0.01).map((t): [number, number] => [DAMASCUS[0] + (ANKARA[0] - DAMASCUS[0]) * t, DAMASCUS[1] + (ANKARA[1] - DAMASCUS[1]) * t]);

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
});

test('draws the flow label, keeping "up to" and the UN credit, beside UNHCR\'s figure for the end of the year before', async ({ page }) => {
  const unhcr = '3,214,780 refugees from Syria in Turkey, end of 2023 (UNHCR)';
  const labels = await renderedLabels(page, MOVEMENT_LAYER_IDS.flowLabel);
  expect(labels).toEqual(expect.arrayContaining([unhcr, 'up to 3.2 million Syrian refugees in Turkey (UN figures)']));
  // UNHCR's other large hosts are drawn too, but none of fewer than 100,000 people (those are listed, folded away).
  expect(labels).toContain('784,884 refugees from Syria in Lebanon, end of 2023 (UNHCR)');
  for (const label of labels.filter((l) => l.endsWith('(UNHCR)'))) expect(Number(label.split(' ')[0].replaceAll(',', '')), label).toBeGreaterThanOrEqual(100_000);
  const smaller = page.locator('details.smaller-flows');
  await expect(smaller.locator('summary')).toHaveText(/^\d+ smaller flows, under 100k people each \(not drawn\)$/);
  // Kuwait's 174: not drawn until chosen from the folded list; then drawn.
  const kuwait = 'unhcr-refugees-sy-kw';
  expect(await rendered(page, MOVEMENT_LAYER_IDS.flowLine, 'flowId')).not.toContain(kuwait);
  await smaller.locator('summary').click();
  await smaller.getByRole('button', { name: '174 refugees from Syria in Kuwait, end of 2023 (UNHCR)' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]flow=${kuwait}(&|$)`));
  await expect.poll(() => rendered(page, MOVEMENT_LAYER_IDS.flowLine, 'flowId')).toContain(kuwait);
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Flows', exact: true })).toContainText('up to 3.2 million Syrian refugees in Turkey (UN figures)');
  await expect(page.getByRole('list', { name: 'Flows', exact: true })).toContainText(unhcr);
});

test('on a phone, flow labels give way: none covers a city\'s name, the article\'s own figure is kept, and the rest stay drawn as arrows', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 760 });
  await page.goto('/');
  await waitForMapIdle(page);
  const labels = await renderedLabels(page, MOVEMENT_LAYER_IDS.flowLabel);
  expect(labels).toContain('up to 3.2 million Syrian refugees in Turkey (UN figures)');
  const drawn = new Set(await rendered(page, MOVEMENT_LAYER_IDS.flowLine, 'flowId'));
  expect(labels.length, `${labels.length} labels for ${drawn.size} arrows`).toBeLessThan(drawn.size);
  // No flow label's box takes in the middle of a city marker's name.
  for (const name of await page.locator('.place-marker-name').all()) {
    const box = (await name.boundingBox())!;
    const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const point = [box.x + box.width / 2 - canvas.x, box.y + box.height / 2 - canvas.y];
    const covering = await page.evaluate(([p, id]) => (window as unknown as { __situationMap: { queryRenderedFeatures: (at: number[], o: object) => { properties: Record<string, unknown> }[] } }).__situationMap.queryRenderedFeatures(p as number[], { layers: [id] }).map((f) => f.properties.label), [point, MOVEMENT_LAYER_IDS.flowLabel] as const);
    expect(covering, `labels over ${await name.textContent()}`).toEqual([]);
  }
});

test('toggling the flows layer off removes the arrow\'s pixels, and the URL keeps the choice', async ({ page }) => {
  const point = await onTheArrow(page);
  const on = await colorAt(page, point);
  expect(colorDistance(on, rgb(MOVEMENT_COLORS.flow)), `arrow pixel ${on}`).toBeLessThanOrEqual(30);

  await page.getByRole('group', { name: 'Layers' }).getByRole('checkbox', { name: 'Flows' }).uncheck();
  await expect(page).toHaveURL(/[?&]layers=events,control,routes(&|$)/);
  await waitForMapIdle(page);
  const off = await colorAt(page, point);
  expect(colorDistance(off, rgb(MAP_COLORS.land)), `same pixel with flows off ${off}`).toBeLessThanOrEqual(3);
  const labelLayer = await page.evaluate((id) => Boolean((window as unknown as { __situationMap: Map }).__situationMap.getLayer(id)), MOVEMENT_LAYER_IDS.flowLabel);
  expect(labelLayer, 'the flow label layer is gone too').toBe(false);
});

test('clicking the flow shows its figure and quote with the UN credit', async ({ page }) => {
  const { x, y } = await pagePoint(page, await onTheArrow(page));
  await page.mouse.click(x, y);
  await expect(page).toHaveURL(/[?&]flow=syrian-refugees-in-turkey(&|$)/);
  const panel = page.getByRole('complementary', { name: 'Events' });
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Syria → Turkey');
  await expect(panel).toContainText('an upper bound, not a count');
  await expect(panel.locator('blockquote')).toContainText('up to 3.2 million Syrian refugees displaced by the decade-long civil war currently live in Turkey');
  await expect(panel.locator('figcaption')).toContainText('according to United Nations (UN) figures');
});

test('draws the dashed route between Damascus and Ankara, and removes it with its toggle', async ({ page }) => {
  const routeish = async () => {
    let hits = 0;
    for (const point of alongTheRoute) if (colorDistance(await colorAt(page, point), rgb(MOVEMENT_COLORS.route)) <= 40) hits++;
    return hits;
  };
  expect(await routeish(), 'route-coloured pixels along the leg').toBeGreaterThanOrEqual(6);
  await page.getByRole('group', { name: 'Layers' }).getByRole('checkbox', { name: 'Routes' }).uncheck();
  await waitForMapIdle(page);
  expect(await routeish()).toBe(0);
});

test('clicking a numbered stop opens that place\'s events', async ({ page }) => {
  const { x, y } = await pagePoint(page, DAMASCUS);
  await page.mouse.click(x, y + 22); // the "1 · 1 Dec" label under the city
  await expect(page).toHaveURL(/[?&]place=damascus(&|$)/);
  await expect(page.locator('article[data-event="araghchi-meets-assad"]')).toBeVisible();
});

test('a link with layers=events,flows shows just those layers', async ({ page }) => {
  await page.goto('/?layers=events,flows');
  await waitForMapIdle(page);
  const toggles = page.getByRole('group', { name: 'Layers' });
  await expect(toggles.getByRole('checkbox', { name: 'Events' })).toBeChecked();
  await expect(toggles.getByRole('checkbox', { name: 'Flows' })).toBeChecked();
  await expect(toggles.getByRole('checkbox', { name: 'Control' })).not.toBeChecked();
  await expect(toggles.getByRole('checkbox', { name: 'Routes' })).not.toBeChecked();
  const layers = await page.evaluate((ids) => ids.map((id) => Boolean((window as unknown as { __situationMap: Map }).__situationMap.getLayer(id))), [MOVEMENT_LAYER_IDS.routeLine, MOVEMENT_LAYER_IDS.flowLine, 'control-fill']);
  expect(layers).toEqual([false, true, false]);
  await page.getByRole('group', { name: 'Layers' }).getByRole('checkbox', { name: 'Events' }).uncheck();
  await expect(page.getByRole('button', { name: 'Aleppo', exact: true })).toHaveCount(0);
});
