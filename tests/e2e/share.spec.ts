import type { APIRequestContext } from '@playwright/test';
import { fitMercator } from '@/lib/og/preview-geometry';
import { MAP_COLORS } from '@/lib/map/style';
import { colorDistance, expect, rgb, test } from './fixtures';

/** The page's <head> metadata by property or name. */
async function metaOf(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const head = html.slice(0, html.indexOf('</head>'));
  const meta = new Map<string, string>();
  for (const [, key, content] of head.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)"/g)) meta.set(key, content.replaceAll('&amp;', '&'));
  return meta;
}

async function png(request: APIRequestContext, url: string) {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  expect(res.headers()['content-type']).toBe('image/png');
  const { PNG } = await import('pngjs');
  const image = PNG.sync.read(await res.body());
  const at = ([x, y]: [number, number]) => {
    const i = (Math.round(y) * image.width + Math.round(x)) * 4;
    return [image.data[i], image.data[i + 1], image.data[i + 2]];
  };
  return { image, at };
}

// data/situation.json's region.initialBounds: the preview fits it, 40 px inside the picture.
const project = fitMercator([[29.5, 32.3], [40.5, 41.2]], 1200, 630, 40);

test('the main page says what it is and shows the map when its link is shared', async ({ request }) => {
  const meta = await metaOf(request, '/');
  expect(meta.get('description')).toMatch(/^Syria and Turkey, 25 November – 2 December 2024\. Sourced events/);
  expect(meta.get('og:title')).toBe('Situation map: Syria and Turkey, 25 November – 2 December 2024');
  expect(meta.get('twitter:card')).toBe('summary_large_image');
  const image = meta.get('og:image')!;
  expect(image).toMatch(/^http:\/\/localhost:\d+\/preview$/);
  expect(meta.get('og:image:width')).toBe('1200');

  // The picture is the map: sea where the Mediterranean is, land inland in Turkey, a city marker at Damascus.
  const { image: picture, at } = await png(request, new URL(image).pathname);
  expect([picture.width, picture.height]).toEqual([1200, 630]);
  expect(colorDistance(at(project([31.0, 35.6])), rgb(MAP_COLORS.sea))).toBeLessThanOrEqual(3);
  expect(colorDistance(at(project([36.0, 39.5])), rgb(MAP_COLORS.land))).toBeLessThanOrEqual(3);
  expect(colorDistance(at(project([36.2765, 33.5138])), rgb('#1f3147'))).toBeLessThanOrEqual(12);
});

test('a place\'s deep link is shared with that place\'s name, count and picture', async ({ request }) => {
  const meta = await metaOf(request, '/?place=aleppo');
  expect(meta.get('og:title')).toMatch(/^Aleppo · Situation map/);
  expect(meta.get('description')).toMatch(/^Aleppo: \d+ events?, Syria and Turkey/);
  expect(meta.get('og:url')).toMatch(/\/\?place=aleppo$/);
  const image = meta.get('twitter:image')!;
  expect(new URL(image).search).toBe('?place=aleppo');
  const [all, aleppo] = [await (await request.get('/preview')).body(), await (await request.get(new URL(image).pathname + new URL(image).search)).body()];
  expect(aleppo.equals(all)).toBe(false);
});

test('an unknown place falls back to the whole map\'s preview, and the picture route names a bad parameter', async ({ request }) => {
  expect((await metaOf(request, '/?place=atlantis')).get('og:image')).toMatch(/\/preview$/);
  const missing = await request.get('/preview?place=atlantis');
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.param).toBe('place');
  const unknown = await request.get('/preview?zoom=3');
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).error.param).toBe('zoom');
});

test('embeds are kept out of search results on purpose, and set no cookie', async ({ request }) => {
  const res = await request.get('/embed?place=aleppo');
  expect(res.headers()['set-cookie']).toBeUndefined();
  const meta = await metaOf(request, '/embed?place=aleppo');
  expect(meta.get('robots')).toBe('noindex');
  expect((await request.get('/preview')).headers()['set-cookie']).toBeUndefined();
});
