// The deployment's maps through the desk's API (admin only) and back out through oEmbed, on
// whichever back end the environment gives (desk-*.test.ts choose it).
import { describe, expect, it } from 'vitest';
import { getStore } from '@/lib/store';
import { deskStore } from '@/lib/desk/desk-store';
import { ARTICLE_MAP_SLUG } from '@/lib/maps/map-settings';
import { mapBySlug } from '@/lib/maps/map-store';
import { GET as mapsRoute, POST as createRoute } from '@/app/api/desk/maps/route';
import { DELETE as deleteRoute, GET as mapRoute, PUT as editRoute } from '@/app/api/desk/maps/[slug]/route';
import { GET as eventSearchRoute } from '@/app/api/desk/events/route';
import { GET as oembedRoute } from '@/app/api/oembed/route';
import { GET as feedRoute } from '@/app/m/[slug]/feed.xml/route';
import { call, expectError, signedIn, type Handler } from './desk-client';

const h = (f: unknown) => f as Handler;
let n = 0;
const damascus = () => ({ slug: `damascus-${Date.now().toString(36)}-${++n}`, title: 'Damascus, December 2024', bbox: [35.9, 33.2, 36.7, 33.8], first: '2024-11-27', last: '2024-12-08', layers: ['events'], featured: 'araghchi-meets-assad' });

export function mapsSuite() {
  describe('desk maps', () => {
    it('lists the article\'s map first, with the deployment\'s defaults', async () => {
      const admin = await signedIn('admin');
      const answer = await call(h(mapsRoute), 'GET', '/api/desk/maps', { cookie: admin.cookie });
      expect(answer.status).toBe(200);
      expect(answer.json.maps[0]).toMatchObject({ slug: ARTICLE_MAP_SLUG, bbox: [29.5, 32.3, 40.5, 41.2], first: null, last: null, layers: ['events', 'control', 'flows', 'routes'], featured: null });
    });

    it('answers 401 without a session and 403 below admin, to every maps route', async () => {
      const body = damascus();
      expectError(await call(h(mapsRoute), 'GET', '/api/desk/maps'), 401, 'not_signed_in', 'session');
      expectError(await call(h(createRoute), 'POST', '/api/desk/maps', { body }), 401, 'not_signed_in', 'session');
      const publisher = await signedIn('publisher');
      expectError(await call(h(mapsRoute), 'GET', '/api/desk/maps', { cookie: publisher.cookie }), 403, 'forbidden', 'role');
      expectError(await call(h(createRoute), 'POST', '/api/desk/maps', { cookie: publisher.cookie, body }), 403, 'forbidden', 'role');
      expectError(await call(h(editRoute), 'PUT', `/api/desk/maps/${ARTICLE_MAP_SLUG}`, { cookie: publisher.cookie, body, params: { slug: ARTICLE_MAP_SLUG } }), 403, 'forbidden', 'role');
      expect(await mapBySlug(await getStore(), body.slug)).toBeUndefined();
    });

    it('refuses a write from another site even with an admin session', async () => {
      const admin = await signedIn('admin');
      const body = damascus();
      expectError(await call(h(createRoute), 'POST', '/api/desk/maps', { cookie: admin.cookie, body, origin: 'https://evil.example' }), 403, 'cross_site_refused', 'Origin');
      expectError(await call(h(createRoute), 'POST', '/api/desk/maps', { cookie: admin.cookie, body, site: 'cross-site' }), 403, 'cross_site_refused', 'Origin');
      expect(await mapBySlug(await getStore(), body.slug)).toBeUndefined();
    });

    it('refuses bad settings with a 400 naming the field', async () => {
      const admin = await signedIn('admin');
      const bad = async (change: Record<string, unknown>, field: string) =>
        expectError(await call(h(createRoute), 'POST', '/api/desk/maps', { cookie: admin.cookie, body: { ...damascus(), ...change } }), 400, 'invalid_field', field);
      await bad({ slug: 'Not A Slug' }, 'slug');
      await bad({ bbox: [36.7, 33.2, 35.9, 33.8] }, 'bbox');
      await bad({ bbox: [35.9, -91, 36.7, 33.8] }, 'bbox.1');
      await bad({ first: '2024-12-09' }, 'last');
      await bad({ first: 'yesterday' }, 'first');
      await bad({ layers: ['events', 'weather'] }, 'layers.1');
      await bad({ featured: 'no-such-event' }, 'featured');
    });

    it('makes a map, reads its settings back, refuses its slug twice, edits it and logs both', async () => {
      const admin = await signedIn('admin');
      const map = damascus();
      expect((await call(h(createRoute), 'POST', '/api/desk/maps', { cookie: admin.cookie, body: map })).status).toBe(201);
      expect((await call(h(mapRoute), 'GET', `/api/desk/maps/${map.slug}`, { cookie: admin.cookie, params: { slug: map.slug } })).json.map).toEqual(map);
      expectError(await call(h(createRoute), 'POST', '/api/desk/maps', { cookie: admin.cookie, body: map }), 409, 'slug_taken', 'slug');
      const edited = { ...map, title: 'Damascus, the fall', layers: ['events', 'control'], featured: null };
      expect((await call(h(editRoute), 'PUT', `/api/desk/maps/${map.slug}`, { cookie: admin.cookie, body: edited, params: { slug: map.slug } })).status).toBe(200);
      expect(await mapBySlug(await getStore(), map.slug)).toEqual(edited);
      expectError(await call(h(editRoute), 'PUT', `/api/desk/maps/${map.slug}`, { cookie: admin.cookie, body: { ...edited, slug: 'another-slug' }, params: { slug: map.slug } }), 400, 'invalid_field', 'slug');
      expectError(await call(h(editRoute), 'PUT', '/api/desk/maps/no-such-map', { cookie: admin.cookie, body: { ...edited, slug: 'no-such-map' }, params: { slug: 'no-such-map' } }), 404, 'not_found');
      const log = await deskStore(await getStore()).auditLog(50);
      expect(log.filter((e) => e.subject === map.slug).map((e) => [e.action, e.actor])).toEqual([['map-edit', admin.email], ['map-create', admin.email]]);
    });

    it('answers oEmbed for a map\'s page and its embed with its title, and 404 for an unknown slug', async () => {
      const admin = await signedIn('admin');
      const map = damascus();
      expect((await call(h(createRoute), 'POST', '/api/desk/maps', { cookie: admin.cookie, body: map })).status).toBe(201);
      for (const path of [`/m/${map.slug}`, `/m/${map.slug}/embed`]) {
        const answer = await call(h(oembedRoute), 'GET', `/api/oembed?url=${encodeURIComponent(`http://localhost:3000${path}?place=damascus`)}`);
        expect(answer.status, path).toBe(200);
        expect(answer.json).toMatchObject({ type: 'rich', title: map.title });
        expect(answer.json.html).toContain(`<iframe src="http://localhost:3000/m/${map.slug}/embed?place=damascus"`);
      }
      const unknown = await call(h(oembedRoute), 'GET', `/api/oembed?url=${encodeURIComponent('http://localhost:3000/m/no-such-map')}`);
      expectError(unknown, 404, 'not_found', 'url');
    });

    it('gives each map an Atom feed of the published changes within its region, days and layers', async () => {
      const admin = await signedIn('admin');
      const store = await getStore();
      // What a publisher's publish logs: one event in Damascus, one in Aleppo.
      for (const id of ['araghchi-meets-assad', 'aleppo-captured']) await deskStore(store).audit('publisher@example.org', 'publish', id);
      const entryTitles = async (slug: string) => {
        const answer = await feedRoute(new Request(`http://localhost:3000/m/${slug}/feed.xml`), { params: Promise.resolve({ slug }) });
        expect(answer.status).toBe(200);
        expect(answer.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
        const xml = await answer.text();
        expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="http://localhost:3000/m/${slug}/feed.xml"/>`);
        expect(xml).not.toContain('publisher@example.org');
        return [...xml.matchAll(/<entry>[\s\S]*?<title>(.*)<\/title>/g)].map((m) => m[1]);
      };
      const make = async (change: Record<string, unknown>) => {
        const map = { ...damascus(), featured: null, ...change };
        expect((await call(h(createRoute), 'POST', '/api/desk/maps', { cookie: admin.cookie, body: map })).status).toBe(201);
        return map.slug;
      };
      const inDamascus = await entryTitles(await make({}));
      expect(inDamascus.some((t) => /Assad/.test(t))).toBe(true);
      expect(inDamascus.some((t) => /Aleppo/.test(t))).toBe(false);
      expect(await entryTitles(await make({ last: '2024-11-30' }))).toEqual([]);
      expect(await entryTitles(await make({ layers: ['control'] }))).toEqual([]);
      expect((await entryTitles(ARTICLE_MAP_SLUG)).some((t) => /Aleppo/.test(t))).toBe(true);
      const unknown = await feedRoute(new Request('http://localhost:3000/m/no-such-map/feed.xml'), { params: Promise.resolve({ slug: 'no-such-map' }) });
      const text = await unknown.text();
      expectError({ status: unknown.status, json: JSON.parse(text), headers: unknown.headers }, 404, 'not_found', 'slug');
    });

    it('lets an admin delete a map other than the article\'s, logged; its page, feed and oEmbed then answer 404', async () => {
      const admin = await signedIn('admin');
      const map = damascus();
      expect((await call(h(createRoute), 'POST', '/api/desk/maps', { cookie: admin.cookie, body: map })).status).toBe(201);
      const remove = (who: { cookie: string }, slug: string, o: { origin?: string } = {}) => call(h(deleteRoute), 'DELETE', `/api/desk/maps/${slug}`, { cookie: who.cookie, params: { slug }, ...o });
      expectError(await remove(await signedIn('publisher'), map.slug), 403, 'forbidden', 'role');
      expectError(await remove(admin, map.slug, { origin: 'https://evil.example' }), 403, 'cross_site_refused', 'Origin');
      expectError(await remove(admin, ARTICLE_MAP_SLUG), 409, 'map_kept', 'slug');
      expect(await mapBySlug(await getStore(), map.slug)).toBeDefined();
      expect((await remove(admin, map.slug)).json).toEqual({ deleted: map.slug });
      expect(await mapBySlug(await getStore(), map.slug)).toBeUndefined();
      expect(await mapBySlug(await getStore(), ARTICLE_MAP_SLUG)).toBeDefined();
      expectError(await remove(admin, map.slug), 404, 'not_found', 'slug');
      expect((await feedRoute(new Request(`http://localhost:3000/m/${map.slug}/feed.xml`), { params: Promise.resolve({ slug: map.slug }) })).status).toBe(404);
      const oembed = await call(h(oembedRoute), 'GET', `/api/oembed?url=${encodeURIComponent(`http://localhost:3000/m/${map.slug}`)}`);
      expectError(oembed, 404, 'not_found', 'url');
      const log = await deskStore(await getStore()).auditLog(50);
      expect(log.find((e) => e.subject === map.slug && e.action === 'map-delete')).toMatchObject({ actor: admin.email });
    });

    it('finds published events to feature by title or by place, in English or Arabic', async () => {
      const admin = await signedIn('admin');
      const find = async (q: string) => (await call(h(eventSearchRoute), 'GET', `/api/desk/events?q=${encodeURIComponent(q)}`, { cookie: admin.cookie })).json.events.map((e: { id: string }) => e.id);
      expect(await find('meets assad')).toContain('araghchi-meets-assad');
      expect(await find('damascus')).toContain('araghchi-meets-assad');
      expect(await find('دمشق')).toContain('araghchi-meets-assad');
      expect(await find('no such words anywhere')).toEqual([]);
      expectError(await call(h(eventSearchRoute), 'GET', '/api/desk/events?q=', { cookie: admin.cookie }), 400, 'invalid_parameter', 'q');
      expectError(await call(h(eventSearchRoute), 'GET', '/api/desk/events?q=assad', { cookie: (await signedIn('contributor')).cookie }), 403, 'forbidden', 'role');
    });
  });
}
