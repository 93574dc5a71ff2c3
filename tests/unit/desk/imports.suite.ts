// Imports sent to review and decided at the desk, on whichever back end the environment gives
// (desk-*.test.ts choose it): the real UCDP sample checked and kept pending, nothing public until a
// publisher publishes it whole (one version), checked again then against the store as it is.
import { describe, expect, it } from 'vitest';
import { getStore } from '@/lib/store';
import { deskStore } from '@/lib/desk/desk-store';
import { runImport } from '@/lib/import/run-import';
import { batchParts, importBatch, importBatches, moveBatch, PUBLISH_LEASE_MS } from '@/lib/import/review-batch';
import { GET as listRoute } from '@/app/api/desk/imports/route';
import { POST as decideRoute } from '@/app/api/desk/imports/[id]/[action]/route';
import { editedFixture, fixture, tempFile } from '@/tests/fixtures/import-store';
import { call, expectError, signedIn, type Handler } from './desk-client';

const h = (f: unknown) => f as Handler;
const SAMPLE = 'ucdp-ged231-sample.csv';
const EVENT = 'ucdp-ged-186940';
const send = async (file = fixture(SAMPLE)) => {
  const report = await runImport(await getStore(), { format: 'ucdp-ged', file, retrieved: '2026-01-10', release: '23.1', forReview: { sentBy: 'analyst@example.org' } });
  expect(report.reviewBatch).toMatch(/^import-/);
  return report.reviewBatch!;
};
const decide = (id: string, action: string, o: { cookie?: string; body?: unknown; origin?: string; site?: string } = {}) =>
  call(h(decideRoute), 'POST', `/api/desk/imports/${id}/${action}`, { ...o, params: { id, action } });
const version = async () => {
  const store = await getStore();
  await store.refresh();
  return store.version;
};

export function importsSuite() {
  describe('imports sent to review', { timeout: 60_000 }, () => {
    it('keeps a checked batch pending: nothing public, the store at the same version', async () => {
      const before = await version();
      const id = await send();
      expect(await version()).toBe(before);
      expect(await (await getStore()).event(EVENT)).toBeUndefined();
      const batch = (await importBatch(await getStore(), id))!;
      expect(batch).toMatchObject({ state: 'pending', format: 'ucdp-ged', file: SAMPLE, sentBy: 'analyst@example.org', sourceId: 'ucdp-ged-23-1-ucdp-ged231-sample' });
      expect(batch.summary).toMatchObject({ dataset: 'UCDP GED 23.1', rows: 121, records: { events: 121 } });
      expect(batch.summary.counts.inserted).toBeGreaterThanOrEqual(121);
      expect(batch.summary.sample[0]).toMatchObject({ kind: 'events', id: expect.stringMatching(/^ucdp-ged-\d+$/), date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
      expect((await deskStore(await getStore()).auditLog(20)).find((e) => e.subject === id)).toMatchObject({ action: 'import-send', actor: 'analyst@example.org' });
    });

    it('refuses a bad file with the same errors as an import, and keeps nothing', async () => {
      const bad = tempFile(SAMPLE, editedFixture(SAMPLE, (t) => t.replace(',34.926532,36.732381,', ',95.2,36.732381,')));
      const store = await getStore();
      const pending = (await call(h(listRoute), 'GET', '/api/desk/imports', { cookie: (await signedIn('editor')).cookie })).json.batches.length;
      await expect(runImport(store, { format: 'ucdp-ged', file: bad, retrieved: '2026-01-10', release: '23.1', forReview: { sentBy: 'x' } })).rejects.toThrow(/ucdp-ged231-sample\.csv: row \d+, latitude/);
      expect((await call(h(listRoute), 'GET', '/api/desk/imports', { cookie: (await signedIn('editor')).cookie })).json.batches.length).toBe(pending);
    });

    it('lists pending batches to editors, not to contributors', async () => {
      const id = await send();
      const editor = await signedIn('editor');
      const answer = await call(h(listRoute), 'GET', '/api/desk/imports', { cookie: editor.cookie });
      expect(answer.status).toBe(200);
      expect(answer.json.batches.map((b: { id: string }) => b.id)).toContain(id);
      expectError(await call(h(listRoute), 'GET', '/api/desk/imports', { cookie: (await signedIn('contributor')).cookie }), 403, 'forbidden', 'role');
      expectError(await call(h(listRoute), 'GET', '/api/desk/imports'), 401, 'not_signed_in', 'session');
    });

    it('lets only publishers decide, and only from the desk itself', async () => {
      const id = await send();
      const editor = await signedIn('editor');
      expectError(await decide(id, 'publish', { cookie: editor.cookie }), 403, 'forbidden', 'role');
      expectError(await decide(id, 'reject', { cookie: editor.cookie, body: { comment: 'no' } }), 403, 'forbidden', 'role');
      const publisher = await signedIn('publisher');
      expectError(await decide(id, 'publish', { cookie: publisher.cookie, origin: 'https://evil.example' }), 403, 'cross_site_refused', 'Origin');
      expectError(await decide(id, 'publish', { cookie: publisher.cookie, site: 'cross-site' }), 403, 'cross_site_refused', 'Origin');
      expectError(await decide(id, 'reject', { cookie: publisher.cookie, body: { comment: ' ' } }), 400, 'invalid_field', 'comment');
      expectError(await decide('no-such-batch', 'publish', { cookie: publisher.cookie }), 404, 'not_found', 'id');
      expectError(await decide(id, 'approve', { cookie: publisher.cookie }), 404, 'not_found', 'action');
      expect((await importBatch(await getStore(), id))!.state).toBe('pending');
      expect(await (await getStore()).event(EVENT)).toBeUndefined();
    });

    it('rejects a batch with a comment: nothing written, logged', async () => {
      const id = await send();
      const before = await version();
      const publisher = await signedIn('publisher');
      const answer = await decide(id, 'reject', { cookie: publisher.cookie, body: { comment: 'Wrong release: send 24.1' } });
      expect(answer.status).toBe(200);
      expect(answer.json.batch).toMatchObject({ state: 'rejected', decidedBy: publisher.email, comment: 'Wrong release: send 24.1' });
      expect(await version()).toBe(before);
      expect(await (await getStore()).event(EVENT)).toBeUndefined();
      expectError(await decide(id, 'publish', { cookie: publisher.cookie }), 409, 'not_pending', 'id');
      expect((await deskStore(await getStore()).auditLog(20)).find((e) => e.subject === id && e.action === 'import-reject')).toMatchObject({ actor: publisher.email });
    });

    it('publishes a batch whole at one version, visible at once; a second publish is refused', async () => {
      const id = await send();
      const before = await version();
      const publisher = await signedIn('publisher');
      const answer = await decide(id, 'publish', { cookie: publisher.cookie });
      expect(answer.status).toBe(200);
      expect(answer.json.batch).toMatchObject({ state: 'published', decidedBy: publisher.email });
      expect(answer.json.result.events).toMatchObject({ inserted: 121 });
      expect(answer.json.result.version).toBe(before + 1);
      expect(await version()).toBe(before + 1);
      expect(await (await getStore()).event(EVENT)).toMatchObject({ date: '2011-10-02', dataset: { rowId: '186940' } });
      expectError(await decide(id, 'publish', { cookie: publisher.cookie }), 409, 'not_pending', 'id');
      expect((await deskStore(await getStore()).auditLog(20)).find((e) => e.subject === id && e.action === 'import-publish')).toMatchObject({ actor: publisher.email });
    });

    it('checks a batch again against the store as it is when published', async () => {
      // Sent while the store lacks the edited row; the same rows are written directly meanwhile.
      const edited = tempFile(SAMPLE, editedFixture(SAMPLE, (t) => t.replace('AFP 20111002', 'AFP 20111003')));
      const id = await send(edited);
      expect((await importBatch(await getStore(), id))!.summary.counts.updated).toBeGreaterThan(0);
      await runImport(await getStore(), { format: 'ucdp-ged', file: edited, retrieved: '2026-01-10', release: '23.1' });
      const before = await version();
      const answer = await decide(id, 'publish', { cookie: (await signedIn('publisher')).cookie });
      expect(answer.status).toBe(200);
      expect(answer.json.result.events).toMatchObject({ inserted: 0, updated: 0, unchanged: 121 });
      expect(await version()).toBe(before);
    });

    it('publishes a batch held whole (a UNHCR table: its source\'s text in one piece)', async () => {
      const store = await getStore();
      const report = await runImport(store, { format: 'unhcr', file: fixture('unhcr-population-syr-to-tur.csv'), retrieved: '2026-01-11', forReview: { sentBy: 'analyst@example.org' } });
      const [id, source] = [report.reviewBatch!, report.sourceId!];
      expect((await importBatch(store, id))!).toMatchObject({ sourceId: null, parts: 1, summary: { records: { flows: 1, sources: 1 } } });
      expect((await store.sources([source])).size).toBe(0);
      const answer = await decide(id, 'publish', { cookie: (await signedIn('publisher')).cookie });
      expect(answer.json.result).toMatchObject({ kinds: ['flows', 'sources'], counts: { inserted: 1, updated: 1 } });
      await store.refresh();
      expect([...(await store.sources([source])).values()][0]).toMatchObject({ retrieved: '2026-01-11' });
      expect((await store.situation()).flows.find((f) => f.id === 'unhcr-refugees-sy-tr')!.series!.at(-1)!.source.sourceId).toBe(source);
      expect((await deskStore(store).sourceText(source))!.text).toContain('coa_iso: TUR');
    });

    it('refuses to publish a batch the store has since made wrong, writing nothing and keeping it pending', async () => {
      const areas = { format: 'geojson-control' as const, mapFile: fixture('control-areas.mapping.json'), retrieved: '2026-01-10' };
      const store = await getStore();
      const id = (await runImport(store, { ...areas, file: fixture('control-areas.geojson'), forReview: { sentBy: 'analyst@example.org' } })).reviewBatch!;
      expect((await importBatch(store, id))!.summary.records).toMatchObject({ areas: 3, control: 4 });
      // Meanwhile the SNA's capture of the pocket is written under another id: the batch's would be a second period starting that day.
      const { value: part } = await batchParts(store, (await importBatch(store, id))!).next();
      if (!part) throw new Error('the batch has no part');
      const capture = part.control!.find((p: { value: { since?: { date: string } } }) => p.value.since?.date === '2024-12-09')!;
      await store.write({ ...part, control: [{ at: capture.at, value: { ...capture.value, id: 'manbij-taken-by-the-sna' } }] }, { by: 'test' });
      const before = await version();
      const answer = await decide(id, 'publish', { cookie: (await signedIn('publisher')).cookie });
      expectError(answer, 409, 'batch_outdated', 'id');
      expect(answer.json.error.message).toMatch(/two periods starting 2024-12-09/);
      expect(await version()).toBe(before);
      expect((await importBatch(store, id))!.state).toBe('pending');
    });

    it('takes back a batch whose publish was interrupted (its process gone), once the publish lease has run out', async () => {
      const id = await send();
      const store = await getStore();
      const publisher = await signedIn('publisher');
      // A publish that started and never finished: while its lease runs, nobody else may take the batch.
      expect(await moveBatch(store, id, 'pending', 'publishing', { by: 'gone@example.org' })).toBe(true);
      expect((await importBatch(store, id))!).toMatchObject({ state: 'publishing', decidedBy: 'gone@example.org' });
      expectError(await decide(id, 'publish', { cookie: publisher.cookie }), 409, 'not_pending', 'id');
      expect((await importBatches(store)).map((b) => b.id)).not.toContain(id);
      // Its lease run out: pending again, listed, and it publishes.
      const started = new Date(Date.now() - PUBLISH_LEASE_MS - 60_000).toISOString();
      await store.backend.desk().sql.run('UPDATE import_batches SET decided_at = ? WHERE id = ?', [started, id]);
      expect((await importBatch(store, id))!.state).toBe('pending');
      expect((await importBatches(store)).map((b) => b.id)).toContain(id);
      const answer = await decide(id, 'publish', { cookie: publisher.cookie });
      expect(answer.status).toBe(200);
      expect(answer.json.batch).toMatchObject({ state: 'published', decidedBy: publisher.email });
    });
  });
}
