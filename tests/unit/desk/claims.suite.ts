// Sources, drafts, review, publishing, retraction and correction through the desk's route
// handlers, on whichever back end the environment gives (desk-*.test.ts choose it).
import { describe, expect, it } from 'vitest';
import { getStore } from '@/lib/store';
import { publicEventRecord } from '@/lib/desk/public-record';
import type { EventRecord } from '@/lib/schemas/event';
import { POST as sourcesRoute } from '@/app/api/desk/sources/route';
import { POST as draftsRoute } from '@/app/api/desk/drafts/route';
import { PUT as draftRoute } from '@/app/api/desk/drafts/[id]/route';
import { GET as eventRoute } from '@/app/api/desk/events/[id]/route';
import { POST as moveRoute } from '@/app/api/desk/drafts/[id]/[action]/route';
import { POST as retractRoute } from '@/app/api/desk/events/[id]/retract/route';
import { POST as correctRoute } from '@/app/api/desk/events/[id]/correct/route';
import { GET as placesRoute } from '@/app/api/desk/places/route';
import { GET as feedRoute } from '@/app/feed.xml/route';
import { call, expectError, signedIn, type Handler } from './desk-client';

const h = (f: unknown) => f as Handler;
let n = 0;
const QUOTE = 'rebel fighters entered the town of Tel Rifaat on Saturday after a day of fighting';

/** A pasted article, different each time (the desk refuses the same text twice). */
function article() {
  const k = `${Date.now().toString(36)}${++n}`;
  return {
    url: `https://news.example.org/${k}`,
    publisher: 'Example News',
    title: `Fighting north of Aleppo ${k}`,
    published: '2024-12-02',
    text: `Report ${k}. Witnesses said ${QUOTE}, and that residents fled south.\nMore later.`,
  };
}

function draftOf(sourceId: string, id: string, over: Partial<EventRecord> = {}) {
  return {
    event: {
      id,
      date: '2024-11-30',
      datePrecision: 'day',
      dateText: 'on Saturday',
      placeId: `tel-rifaat-${id}`,
      category: 'military',
      actors: ['syrian-opposition'],
      status: 'reported',
      title: 'Rebels enter Tel Rifaat',
      summary: 'Rebel fighters entered Tel Rifaat after a day of fighting.',
      sources: [{ sourceId, quote: QUOTE }],
      ...over,
    },
    newPlace: { id: `tel-rifaat-${id}`, name: 'Tel Rifaat', names: { en: 'Tel Rifaat', ar: 'تل رفعت' }, country: 'SY', countryName: 'Syria', coordinates: [37.0967, 36.4733] },
  };
}

export function claimsSuite() {
  // Each test signs in up to four people (a password hash each): more time than the default when the whole suite shares the machine.
  describe('desk claims', { timeout: 20_000 }, () => {
    async function team() {
      return { contributor: await signedIn('contributor'), editor: await signedIn('editor'), publisher: await signedIn('publisher'), other: await signedIn('publisher') };
    }

    /** Moves a draft (submit, send-back, publish) as someone. */
    const move = (who: { cookie: string }, id: string, action: string, body: unknown = {}, origin?: string) =>
      call(h(moveRoute), 'POST', `/api/desk/drafts/${id}/${action}`, { cookie: who.cookie, body, origin, params: { id, action } });

    /** A draft at a new place, written by `author` and submitted to review. */
    async function submitted(author: { cookie: string }, prefix: string) {
      const { id: sourceId } = await source(author.cookie);
      const id = `${prefix}-${++n}`;
      expect((await call(h(draftsRoute), 'POST', '/api/desk/drafts', { cookie: author.cookie, body: draftOf(sourceId, id) })).status).toBe(201);
      expect((await move(author, id, 'submit')).status).toBe(200);
      return id;
    }

    async function source(cookie: string) {
      const body = article();
      const answer = await call(h(sourcesRoute), 'POST', '/api/desk/sources', { cookie, body });
      expect(answer.status).toBe(201);
      return { body, id: answer.json.source.id as string };
    }

    it('archives a pasted source and refuses the same URL or the same text again, naming which', async () => {
      const { editor } = await team();
      const { body, id } = await source(editor.cookie);
      expectError(await call(h(sourcesRoute), 'POST', '/api/desk/sources', { cookie: editor.cookie, body: { ...body, text: `${body.text} (copy)` } }), 409, 'duplicate_source', 'url');
      const again = await call(h(sourcesRoute), 'POST', '/api/desk/sources', { cookie: editor.cookie, body: { ...body, url: `${body.url}-2` } });
      expectError(again, 409, 'duplicate_source', 'text');
      expect(again.json.error.message).toContain(id);
      expectError(await call(h(sourcesRoute), 'POST', '/api/desk/sources', { cookie: editor.cookie, body: { ...body, url: 'javascript:alert(1)' } }), 400, 'invalid_field', 'url');
    });

    it('refuses a draft whose quote is not in the archived text, saying so', async () => {
      const { editor } = await team();
      const { id } = await source(editor.cookie);
      const bad = draftOf(id, `bad-quote-${++n}`, { sources: [{ sourceId: id, quote: 'rebel fighters entered the city of Aleppo on Saturday' }] });
      const answer = await call(h(draftsRoute), 'POST', '/api/desk/drafts', { cookie: editor.cookie, body: bad });
      expectError(answer, 400, 'invalid_claim', 'event.sources[0].quote');
      expect(answer.json.error.message).toContain('not found verbatim');
    });

    it('takes a draft through review to the map: a contributor drafts, an editor submits, another person publishes', async () => {
      const t = await team();
      const store = await getStore();
      const { id: sourceId } = await source(t.editor.cookie);
      const id = `rebels-enter-tel-rifaat-${++n}`;
      expect((await call(h(draftsRoute), 'POST', '/api/desk/drafts', { cookie: t.contributor.cookie, body: draftOf(sourceId, id) })).status).toBe(201);
      expectError(await move(t.contributor, id, 'submit'), 403, 'forbidden', 'role');
      expectError(await move(t.editor, id, 'publish'), 403, 'forbidden', 'role');
      expectError(await move(t.publisher, id, 'publish'), 409, 'wrong_state', 'state');
      expect((await move(t.editor, id, 'submit')).json.draft.state).toBe('review');
      expectError(await move(t.publisher, id, 'send-back', { comment: '  ' }), 400, 'invalid_field', 'comment');
      expect((await move(t.publisher, id, 'send-back', { comment: 'Which Saturday?' })).json.draft).toMatchObject({ state: 'draft', comment: 'Which Saturday?' });
      await move(t.editor, id, 'submit');
      expect(await store.event(id)).toBeUndefined();
      const heard: string[][] = [];
      const stop = store.subscribe((c) => heard.push(c.kinds));
      const before = store.version;
      const published = await move(t.publisher, id, 'publish');
      stop();
      expect(published.json.draft.state).toBe('published');
      expect((await store.event(id))?.title).toBe('Rebels enter Tel Rifaat');
      expect(store.version).toBeGreaterThan(before);
      expect(heard.flat()).toContain('events');
      expect((await store.situation()).placeById.get(`tel-rifaat-${id}`)?.names.ar).toBe('تل رفعت');
    });

    it('publishes a new place picked from the gazetteer with GeoNames recorded as where its point came from, and refuses a made-up record of it', async () => {
      const t = await team();
      const { id: sourceId } = await source(t.editor.cookie);
      const id = `from-gazetteer-${++n}`;
      // Manbij: a town that no other test puts on the map (a place on the map is not offered from the gazetteer again).
      const hit = (await call(h(placesRoute), 'GET', `/api/desk/places?q=${encodeURIComponent('منبج')}`, { cookie: t.editor.cookie })).json.gazetteer[0];
      const newPlace = { ...hit.place, id: `tel-rifaat-${id}` };
      const body = { ...draftOf(sourceId, id), newPlace };
      const wrong = { ...body, newPlace: { ...newPlace, coordinatesFrom: { ...newPlace.coordinatesFrom, precision: 'exact' } } };
      expectError(await call(h(draftsRoute), 'POST', '/api/desk/drafts', { cookie: t.editor.cookie, body: wrong }), 400, 'invalid_field', 'newPlace.coordinatesFrom.precision');
      expect((await call(h(draftsRoute), 'POST', '/api/desk/drafts', { cookie: t.editor.cookie, body })).status).toBe(201);
      await move(t.editor, id, 'submit');
      expect((await move(t.publisher, id, 'publish')).status).toBe(200);
      expect((await getStore().then((s) => s.situation())).placeById.get(`tel-rifaat-${id}`)).toMatchObject({
        names: { en: 'Manbij', ar: 'منبج' },
        coordinates: [37.95495, 36.52815],
        coordinatesFrom: { gazetteer: 'geonames', id: 167357, precision: 'settlement' },
      });
    });

    it('lets nobody publish their own draft while another publisher exists', async () => {
      const t = await team();
      const id = await submitted(t.publisher, 'own-draft');
      expectError(await move(t.publisher, id, 'publish', { ownDraft: true }), 403, 'own_draft', 'ownDraft');
      expect((await move(t.other, id, 'publish')).status).toBe(200);
    });

    it("lets only a draft's author or an editor change it, and only an editor read a published record", async () => {
      const t = await team();
      const other = await signedIn('contributor');
      const { id: sourceId } = await source(t.contributor.cookie);
      const id = `change-${++n}`;
      const body = draftOf(sourceId, id);
      expect((await call(h(draftsRoute), 'POST', '/api/desk/drafts', { cookie: t.contributor.cookie, body })).status).toBe(201);
      const changed = { ...body, event: { ...body.event, title: 'Rebels said to enter Tel Rifaat' } };
      const put = (who: { cookie: string }) => call(h(draftRoute), 'PUT', `/api/desk/drafts/${id}`, { cookie: who.cookie, body: changed, params: { id } });
      expectError(await put(other), 403, 'forbidden', 'role');
      expect((await put(t.contributor)).json.draft.event.title).toBe('Rebels said to enter Tel Rifaat');
      expect((await put(t.editor)).status).toBe(200);
      expectError(await call(h(eventRoute), 'GET', '/api/desk/events/aleppo-captured', { cookie: t.contributor.cookie, params: { id: 'aleppo-captured' } }), 403, 'forbidden', 'role');
      expect((await call(h(eventRoute), 'GET', '/api/desk/events/aleppo-captured', { cookie: t.editor.cookie, params: { id: 'aleppo-captured' } })).json.event.id).toBe('aleppo-captured');
    });

    it('refuses a publish from another site', async () => {
      const t = await team();
      const id = await submitted(t.editor, 'cross-site');
      expectError(await move(t.publisher, id, 'publish', {}, 'https://evil.example'), 403, 'cross_site_refused', 'Origin');
      expect(await (await getStore()).event(id)).toBeUndefined();
    });

    it('corrects a published event with a note readers see, keeping the record it replaced; retracts only with a public reason', async () => {
      const t = await team();
      const store = await getStore();
      const id = await submitted(t.editor, 'to-correct');
      expect((await move(t.publisher, id, 'publish')).status).toBe(200);
      const current = (await store.event(id))!;
      const fixed = { ...current, date: '2024-12-01', dateNote: "The Sunday, as the town's council said later." };
      const correctAs = (who: { cookie: string }, body: unknown) => call(h(correctRoute), 'POST', `/api/desk/events/${id}/correct`, { cookie: who.cookie, body, params: { id } });
      expectError(await correctAs(t.contributor, { event: fixed, note: 'the date was 1 Dec, not 30 Nov' }), 403, 'forbidden');
      expectError(await correctAs(t.editor, { event: fixed, note: '' }), 400, 'invalid_field', 'note');
      expect((await correctAs(t.editor, { event: fixed, note: 'the date was 1 Dec, not 30 Nov' })).status).toBe(200);
      const after = (await store.event(id))!;
      expect(after.date).toBe('2024-12-01');
      expect(after.corrections).toEqual([{ date: new Date().toISOString().slice(0, 10), note: 'the date was 1 Dec, not 30 Nov' }]);
      const history = await store.revisions('event', id);
      expect(history.at(-1)).toMatchObject({ op: 'update', by: `desk ${t.editor.email}`, record: { date: '2024-11-30' } });

      const retractAs = (who: { cookie: string }, body: unknown) => call(h(retractRoute), 'POST', `/api/desk/events/${id}/retract`, { cookie: who.cookie, body, params: { id } });
      expectError(await retractAs(t.editor, { reason: 'wrong town' }), 403, 'forbidden', 'role');
      expectError(await retractAs(t.publisher, {}), 400, 'invalid_field', 'reason');
      expectError(await retractAs(t.publisher, { reason: '   ' }), 400, 'invalid_field', 'reason');
      expect(await store.event(id)).toBeDefined();
      expect((await retractAs(t.publisher, { reason: 'The town was misidentified.' })).status).toBe(200);
      expect(await store.event(id)).toBeUndefined();
      expect((await store.revisions('event', id)).at(-1)).toMatchObject({ op: 'retract', record: { reason: 'The town was misidentified.' } });
      // Its link keeps a public notice: what it was, why it was retracted, and its history.
      expect(await publicEventRecord(store, id)).toMatchObject({ state: 'retracted', reason: 'The town was misidentified.', title: 'Rebels enter Tel Rifaat', history: [{ op: 'update' }, { op: 'retract' }] });
      expect(await publicEventRecord(store, 'never-was-an-event')).toBeUndefined();

      // The Atom feed says so, newest first, linking to the event's page, naming nobody at the desk.
      const feed = await feedRoute(new Request('http://localhost:3000/feed.xml'));
      expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      const xml = await feed.text();
      const ours = [...xml.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]).filter((e) => e.includes(`/events/${id}"`));
      expect(ours.map((e) => /<title>(.*)<\/title>/.exec(e)![1])).toEqual(['Retracted: Rebels enter Tel Rifaat', 'Corrected: Rebels enter Tel Rifaat', 'Published: Rebels enter Tel Rifaat']);
      expect(ours[0]).toContain('<summary>The town was misidentified.</summary>');
      expect(ours[1]).toContain('<summary>the date was 1 Dec, not 30 Nov</summary>');
      expect(xml).not.toContain(t.editor.email);
    });

    it('writes a hostile title into the feed as text', async () => {
      const t = await team();
      const { id: sourceId } = await source(t.editor.cookie);
      const id = `hostile-${++n}`;
      const body = draftOf(sourceId, id, { title: '<script>alert(1)</script> & "x"' });
      expect((await call(h(draftsRoute), 'POST', '/api/desk/drafts', { cookie: t.editor.cookie, body })).status).toBe(201);
      await move(t.editor, id, 'submit');
      expect((await move(t.publisher, id, 'publish')).status).toBe(200);
      const xml = await (await feedRoute(new Request('http://localhost:3000/feed.xml'))).text();
      expect(xml).toContain('<title>Published: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</title>');
      expect(xml).not.toContain('<script>');
    });

    it('finds places by English or Arabic names', async () => {
      const { contributor } = await team();
      const byName = async (q: string) => (await call(h(placesRoute), 'GET', `/api/desk/places?q=${encodeURIComponent(q)}`, { cookie: contributor.cookie })).json.places.map((p: { id: string }) => p.id);
      expect(await byName('alepp')).toContain('aleppo');
      expect(await byName('حلب')).toContain('aleppo');
      expectError(await call(h(placesRoute), 'GET', '/api/desk/places', { cookie: contributor.cookie }), 400, 'invalid_parameter', 'q');
    });

    it('finds the map\'s places first, then the gazetteer\'s not on the map, as the new places they would make', async () => {
      const { contributor } = await team();
      const found = async (q: string) => (await call(h(placesRoute), 'GET', `/api/desk/places?q=${encodeURIComponent(q)}`, { cookie: contributor.cookie })).json;
      const aleppo = await found('ﺣﻠﺐ');
      expect(aleppo.places.map((p: { id: string }) => p.id)).toEqual(['aleppo']);
      expect(aleppo.gazetteer.map((g: { place: { coordinatesFrom: { id: number } } }) => g.place.coordinatesFrom.id)).not.toContain(170063);
      const halab = await found('Halab');
      expect(halab.places.map((p: { id: string }) => p.id)).toEqual(['aleppo']);
      expect(halab.gazetteer.map((g: { place: { coordinatesFrom: { id: number } } }) => g.place.coordinatesFrom.id)).not.toContain(170063);
      const idlib = (await found('ادلب')).gazetteer[0];
      expect(idlib).toMatchObject({ from: 'gazetteer', population: 128840, feature: 'PPLA', matched: 'إدلب' });
      expect(idlib.place).toEqual({
        id: 'idlib',
        name: 'Idlib',
        names: { en: 'Idlib', ar: 'إدلب', he: 'אדלב' },
        country: 'SY',
        countryName: 'Syria',
        coordinates: [36.63393, 35.93062],
        coordinatesFrom: { gazetteer: 'geonames', id: 169389, precision: 'settlement' },
      });
      expect((await found('Gaziantep')).gazetteer[0].place).toMatchObject({ country: 'TR', countryName: 'Turkey' });
    });
  });
}
