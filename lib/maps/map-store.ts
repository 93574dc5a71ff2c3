import 'server-only';
import { ApiError } from '@/lib/api/api-error';
import type { Store } from '@/lib/store';
import { getSituation } from '@/lib/situation/get-situation';
import { LAYERS } from '@/lib/url/view-state';
import { ARTICLE_MAP_SLUG, type MapSettings } from './map-settings';

const sqlOf = (store: Store) => store.backend.desk().sql;

/** The article's map as the deployment's defaults make it: the situation's title and first view, the data's days, every layer. */
async function articleMap(): Promise<MapSettings> {
  const { title, region } = await getSituation();
  const [[w, s], [e, n]] = region.initialBounds;
  return { slug: ARTICLE_MAP_SLUG, title: title.en, bbox: [w, s, e, n], first: null, last: null, layers: [...LAYERS], featured: null };
}

/** Writes the article's map once, the first time the maps are read (migration 7 leaves the table empty); after that, a read only. */
async function withArticleMap(store: Store): Promise<void> {
  if ((await sqlOf(store).all('SELECT 1 FROM maps LIMIT 1')).length > 0) return;
  const now = new Date().toISOString();
  await sqlOf(store).run('INSERT INTO maps (slug, record, created_at, updated_at) SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM maps) ON CONFLICT (slug) DO NOTHING', [ARTICLE_MAP_SLUG, JSON.stringify(await articleMap()), now, now]);
}

/** Every map, the oldest (the article's) first. */
export async function mapList(store: Store): Promise<MapSettings[]> {
  await withArticleMap(store);
  const rows = await sqlOf(store).all<{ record: string }>('SELECT record FROM maps ORDER BY created_at, slug');
  return rows.map((r) => JSON.parse(r.record) as MapSettings);
}

/** A map by its slug, or undefined. */
export async function mapBySlug(store: Store, slug: string): Promise<MapSettings | undefined> {
  await withArticleMap(store);
  const [row] = await sqlOf(store).all<{ record: string }>('SELECT record FROM maps WHERE slug = ?', [slug]);
  return row ? (JSON.parse(row.record) as MapSettings) : undefined;
}

/** Refuses a featured event that is not live on the map (a 400 naming the field). */
async function checkFeatured(store: Store, map: MapSettings): Promise<void> {
  if (map.featured !== null && !(await store.event(map.featured))) throw new ApiError(400, 'invalid_field', `featured: no live event has the id ${map.featured}`, 'featured');
}

/** Makes a map; a 409 when the slug is taken. */
export async function createMap(store: Store, map: MapSettings): Promise<void> {
  await checkFeatured(store, map);
  await withArticleMap(store);
  const now = new Date().toISOString();
  const made = await sqlOf(store).run('INSERT INTO maps (slug, record, created_at, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (slug) DO NOTHING', [map.slug, JSON.stringify(map), now, now]);
  if (made !== 1) throw new ApiError(409, 'slug_taken', `slug: a map called ${map.slug} exists already`, 'slug');
}

/** Replaces a map's settings (its slug stays); a 404 when there is no such map. */
export async function updateMap(store: Store, slug: string, map: MapSettings): Promise<void> {
  if (map.slug !== slug) throw new ApiError(400, 'invalid_field', 'slug: a map keeps its address; make a new map for a new one', 'slug');
  await checkFeatured(store, map);
  const changed = await sqlOf(store).run('UPDATE maps SET record = ?, updated_at = ? WHERE slug = ?', [JSON.stringify(map), new Date().toISOString(), slug]);
  if (changed !== 1) throw new ApiError(404, 'not_found', `no map called ${slug}`, 'slug');
}

/** Deletes a map (its pages, embed and feed then answer 404); the article's map stays (409), an unknown one is a 404. */
export async function deleteMap(store: Store, slug: string): Promise<MapSettings> {
  if (slug === ARTICLE_MAP_SLUG) throw new ApiError(409, 'map_kept', `slug: ${ARTICLE_MAP_SLUG} is the article's map, which / shows; it cannot be deleted`, 'slug');
  const map = await mapBySlug(store, slug);
  if (!map || (await sqlOf(store).run('DELETE FROM maps WHERE slug = ?', [slug])) !== 1) throw new ApiError(404, 'not_found', `no map called ${slug.slice(0, 80)}`, 'slug');
  return map;
}
