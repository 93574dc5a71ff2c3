// Control periods, flows and itinerary legs through the desk's one workflow (draft, review,
// publish by another person, correct with a note, retract with a reason), on whichever back end
// the environment gives (desk-*.test.ts choose it).
import { describe, expect, it } from 'vitest';
import { getStore } from '@/lib/store';
import { POST as sourcesRoute } from '@/app/api/desk/sources/route';
import { GET as listRoute, POST as draftsRoute } from '@/app/api/desk/drafts/route';
import { PUT as draftRoute } from '@/app/api/desk/drafts/[id]/route';
import { POST as moveRoute } from '@/app/api/desk/drafts/[id]/[action]/route';
import { GET as claimRoute } from '@/app/api/desk/claims/[kind]/[id]/route';
import { POST as retractRoute } from '@/app/api/desk/claims/[kind]/[id]/retract/route';
import { POST as correctRoute } from '@/app/api/desk/claims/[kind]/[id]/correct/route';
import { GET as flowsApi } from '@/app/api/flows/route';
import { GET as flowApi } from '@/app/api/flows/[id]/route';
import { call, expectError, signedIn, type Handler } from './desk-client';

const h = (f: unknown) => f as Handler;
let n = 0;
const CONTROL_QUOTE = 'opposition fighters took the whole of Tel Rifaat on Saturday';
const FLOW_QUOTE = 'about 40,000 people fled from Aleppo to Tel Rifaat on Saturday';

type Who = { cookie: string; email: string };

/** Records of each kind, citing a source's quotes; `tag` keeps ids (and control dates) apart. */
const records = {
  control: (sourceId: string, tag: number) => ({
    id: `tel-rifaat-held-${tag}`,
    areaId: 'aleppo-city',
    actor: 'syrian-opposition',
    status: 'controlled',
    since: { date: new Date(Date.UTC(2025, 0, 1) + tag * 86_400_000).toISOString().slice(0, 10), precision: 'day', text: 'on Saturday' },
    extent: 'the whole of the town',
    basis: 'reported',
    sources: [{ sourceId, quote: CONTROL_QUOTE }],
  }),
  flow: (sourceId: string, tag: number) => ({
    id: `aleppo-to-tel-rifaat-${tag}`,
    kind: 'internally-displaced',
    origin: { placeId: 'aleppo' },
    destination: { country: 'TR' },
    magnitude: { value: 40000, unit: 'people', qualifier: 'about', text: 'about 40,000' },
    asOf: { date: '2024-11-30', precision: 'day', text: 'on Saturday' },
    label: 'about 40,000 people fled Aleppo',
    sources: [{ sourceId, quote: FLOW_QUOTE }],
  }),
  leg: (_sourceId: string, tag: number) => ({
    id: `araghchi-trip-${tag}`,
    person: 'abbas-araghchi',
    title: 'Abbas Araghchi: Damascus to Ankara',
    stops: [
      { placeId: 'damascus', eventIds: ['araghchi-meets-assad'] },
      { placeId: 'ankara', eventIds: ['araghchi-arrives-ankara'] },
    ],
  }),
};
type Kind = keyof typeof records;

/** How each kind's record is made wrong, and the field the refusal must name. */
const WRONG: Record<Kind, { change: (r: Record<string, unknown>) => void; field: string; says: string }> = {
  control: { change: (r) => ((r.sources as { quote: string }[])[0].quote = 'opposition fighters took the whole of Aleppo on Saturday'), field: 'control.sources[0].quote', says: 'not found verbatim' },
  flow: { change: (r) => ((r.sources as { quote: string }[])[0].quote = 'about 50,000 people fled from Aleppo'), field: 'flow.sources[0].quote', says: 'not found verbatim' },
  leg: { change: (r) => ((r.stops as { eventIds: string[] }[])[1].eventIds = ['araghchi-meets-assad']), field: 'leg.stops[1].eventIds[0]', says: 'not at the stop' },
};

/** The live record of a kind, as readers' answers are made from it. */
async function live(kind: Kind, id: string) {
  const s = await (await getStore()).situation();
  if (kind === 'control') return [...s.periodsByArea.values()].flat().find((p) => p.id === id);
  return (kind === 'flow' ? s.flows : s.itineraries).find((r) => r.id === id);
}

export function kindsSuite() {
  // Each test signs in up to four people: more time than the default on a shared machine.
  describe.each(['control', 'flow', 'leg'] as const)('desk %s drafts', { timeout: 20_000 }, (kind) => {
    /** Signs in the people a test needs (each sign-in hashes a password: the slow part on a busy machine). */
    async function team<R extends 'contributor' | 'editor' | 'publisher' | 'other'>(...roles: R[]) {
      const t = {} as Record<R, Who>;
      for (const r of roles) t[r] = await signedIn(r === 'other' ? 'publisher' : r);
      return t;
    }
    const move = (who: Who, id: string, action: string, body: unknown = {}) => call(h(moveRoute), 'POST', `/api/desk/drafts/${id}/${action}`, { cookie: who.cookie, body, params: { id, action } });
    const claim = (route: unknown, who: Who, id: string, action: string, body: unknown) =>
      call(h(route), 'POST', `/api/desk/claims/${kind}/${id}/${action}`, { cookie: who.cookie, body, params: { kind, id } });

    async function source(who: Who) {
      const k = `${Date.now().toString(36)}${++n}`;
      const body = { url: `https://news.example.org/kinds-${k}`, publisher: 'Example News', title: `North of Aleppo ${k}`, published: '2024-12-02', text: `Report ${k}. Witnesses said ${CONTROL_QUOTE}. Officials said ${FLOW_QUOTE}.` };
      const answer = await call(h(sourcesRoute), 'POST', '/api/desk/sources', { cookie: who.cookie, body });
      expect(answer.status).toBe(201);
      return answer.json.source.id as string;
    }

    /** A draft of this kind written by `author`: its id and record. */
    async function drafted(author: Who) {
      const record = records[kind](await source(author), ++n);
      const answer = await call(h(draftsRoute), 'POST', '/api/desk/drafts', { cookie: author.cookie, body: { kind, [kind]: record } });
      expect(answer.status).toBe(201);
      expect(answer.json.draft).toMatchObject({ id: record.id, kind, state: 'draft' });
      return record;
    }

    it('goes from draft through review to the map, published by another person', async () => {
      const t = await team('contributor', 'editor', 'publisher');
      const store = await getStore();
      const record = await drafted(t.contributor);
      const listed = await call(h(listRoute), 'GET', '/api/desk/drafts?state=draft', { cookie: t.contributor.cookie });
      const titles = { control: 'Aleppo: controlled by Syrian opposition forces', flow: 'about 40,000 people fled Aleppo', leg: 'Abbas Araghchi: Damascus to Ankara' };
      expect(listed.json.drafts.find((d: { id: string }) => d.id === record.id)).toMatchObject({ kind, title: titles[kind] });
      expectError(await move(t.contributor, record.id, 'submit'), 403, 'forbidden', 'role');
      expect((await move(t.editor, record.id, 'submit')).json.draft.state).toBe('review');
      expectError(await move(t.editor, record.id, 'publish'), 403, 'forbidden', 'role');
      expect(await live(kind, record.id)).toBeUndefined();
      const before = store.version;
      expect((await move(t.publisher, record.id, 'publish')).json.draft.state).toBe('published');
      expect(store.version).toBeGreaterThan(before);
      expect(await live(kind, record.id)).toMatchObject({ id: record.id });
      const read = await call(h(claimRoute), 'GET', `/api/desk/claims/${kind}/${record.id}`, { cookie: t.editor.cookie, params: { kind, id: record.id } });
      expect(read.json[kind]).toMatchObject({ id: record.id });
    });

    it('lets nobody publish their own draft while another publisher exists', async () => {
      const t = await team('publisher', 'other');
      const record = await drafted(t.publisher);
      await move(t.publisher, record.id, 'submit');
      expectError(await move(t.publisher, record.id, 'publish', { ownDraft: true }), 403, 'own_draft', 'ownDraft');
      expect((await move(t.other, record.id, 'publish')).status).toBe(200);
    });

    it('refuses a record the store would refuse, naming the field, and keeps nothing', async () => {
      const t = await team('editor');
      const record = records[kind](await source(t.editor), ++n) as Record<string, unknown>;
      WRONG[kind].change(record);
      const answer = await call(h(draftsRoute), 'POST', '/api/desk/drafts', { cookie: t.editor.cookie, body: { kind, [kind]: record } });
      expectError(answer, 400, 'invalid_claim', WRONG[kind].field);
      expect(answer.json.error.message).toContain(WRONG[kind].says);
      expectError(await call(h(draftsRoute), 'POST', '/api/desk/drafts', { cookie: t.editor.cookie, body: { kind, [kind]: { ...record, id: 'Not A Slug' } } }), 400, 'invalid_field', `${kind}.id`);
      expect((await (await getStore()).backend.desk().sql.all('SELECT id FROM desk_drafts WHERE id = ?', [record.id])).length).toBe(0);
    });

    it('changes a draft only as its kind, by its author or an editor', async () => {
      const t = await team('contributor', 'editor');
      const record = await drafted(t.contributor);
      const put = (who: Who, body: unknown) => call(h(draftRoute), 'PUT', `/api/desk/drafts/${record.id}`, { cookie: who.cookie, body, params: { id: record.id } });
      expectError(await put(await signedIn('contributor'), { kind, [kind]: record }), 403, 'forbidden', 'role');
      expectError(await put(t.editor, { event: { id: record.id } }), 400, 'invalid_field');
      expect((await put(t.editor, { kind, [kind]: record })).json.draft.kind).toBe(kind);
    });

    it('corrects a published record with a note, keeping the one it replaced; retracts only with a public reason, and readers no longer get it', async () => {
      const t = await team('contributor', 'editor', 'publisher');
      const store = await getStore();
      const record = await drafted(t.editor);
      await move(t.editor, record.id, 'submit');
      await move(t.publisher, record.id, 'publish');
      const fixed = kind === 'leg' ? { ...record, title: 'Abbas Araghchi: from Damascus to Ankara' } : kind === 'flow' ? { ...record, label: 'about 40,000 people fled Aleppo (local officials)' } : { ...record, extent: 'all of the town' };
      expectError(await claim(correctRoute, t.contributor, record.id, 'correct', { [kind]: fixed, note: 'clearer words' }), 403, 'forbidden', 'role');
      expectError(await claim(correctRoute, t.editor, record.id, 'correct', { [kind]: fixed, note: ' ' }), 400, 'invalid_field', 'note');
      expectError(await claim(correctRoute, t.editor, record.id, 'correct', { [kind]: record, note: 'nothing' }), 400, 'unchanged', kind);
      expect((await claim(correctRoute, t.editor, record.id, 'correct', { [kind]: fixed, note: 'clearer words' })).status).toBe(200);
      expect(await live(kind, record.id)).toMatchObject(fixed);
      // Every kind carries the note for readers, as an event does.
      expect(await live(kind, record.id)).toMatchObject({ corrections: [{ date: new Date().toISOString().slice(0, 10), note: 'clearer words' }] });
      if (kind === 'flow') {
        const answer = await (await flowsApi(new Request('http://localhost:3000/api/flows'), { params: Promise.resolve({}) } as never)).json();
        expect(answer.features.find((f: { id: string }) => f.id === record.id).properties.corrections).toEqual([{ date: expect.any(String), note: 'clearer words' }]);
      }
      const revisionKind = kind === 'leg' ? 'itinerary' : kind;
      expect((await store.revisions(revisionKind, record.id)).at(-1)).toMatchObject({ op: 'update', by: `desk ${t.editor.email}`, record: { id: record.id } });

      expectError(await claim(retractRoute, t.editor, record.id, 'retract', { reason: 'wrong' }), 403, 'forbidden', 'role');
      expectError(await claim(retractRoute, t.publisher, record.id, 'retract', {}), 400, 'invalid_field', 'reason');
      expectError(await claim(retractRoute, t.publisher, record.id, 'retract', { reason: '  ' }), 400, 'invalid_field', 'reason');
      expect(await live(kind, record.id)).toBeDefined();
      expect((await claim(retractRoute, t.publisher, record.id, 'retract', { reason: 'The figure was withdrawn.' })).status).toBe(200);
      expect(await live(kind, record.id)).toBeUndefined();
      expect((await store.revisions(revisionKind, record.id)).at(-1)).toMatchObject({ op: 'retract', record: { reason: 'The figure was withdrawn.' } });
      expectError(await claim(retractRoute, t.publisher, record.id, 'retract', { reason: 'again' }), 404, 'not_found', 'id');
      if (kind === 'flow') {
        const answer = await (await flowsApi(new Request('http://localhost:3000/api/flows'), { params: Promise.resolve({}) } as never)).json();
        expect(answer.features.map((f: { id: string }) => f.id)).not.toContain(record.id);
        // Its link keeps the public notice: 410, the day and the reason.
        const gone = await flowApi(new Request(`http://localhost:3000/api/flows/${record.id}`), { params: Promise.resolve({ id: record.id }) });
        expect(gone.status).toBe(410);
        expect(await gone.json()).toEqual({ error: { code: 'retracted', message: `Retracted on ${new Date().toISOString().slice(0, 10)}: The figure was withdrawn.`, param: 'id' } });
      }
    });

    it('refuses a kind it does not know', async () => {
      const { editor } = await team('editor');
      expectError(await call(h(draftsRoute), 'POST', '/api/desk/drafts', { cookie: editor.cookie, body: { kind: 'rumour', rumour: {} } }), 400, 'invalid_field', 'kind');
      expectError(await call(h(claimRoute), 'GET', '/api/desk/claims/rumour/x', { cookie: editor.cookie, params: { kind: 'rumour', id: 'x' } }), 404, 'not_found', 'kind');
    });
  });
}
