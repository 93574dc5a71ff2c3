// A source from an uploaded page through the desk's routes, on whichever back end the environment
// gives: the page is read, the editor checks the text, and that text is archived as pasted text is.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_HTML } from '@/lib/desk/article';
import { POST as extractRoute } from '@/app/api/desk/sources/extract/route';
import { POST as sourcesRoute } from '@/app/api/desk/sources/route';
import { GET as sourceRoute } from '@/app/api/desk/sources/[id]/route';
import { call, expectError, signedIn, type Handler } from './desk-client';

const h = (f: unknown) => f as Handler;
let n = 0;

/** A saved page of the fixtures, with a line of its own so each test archives a text of its own. */
function page(name: string) {
  const k = `${Date.now().toString(36)}${++n}`;
  return { k, html: readFileSync(path.resolve(import.meta.dirname, `../../fixtures/articles/${name}.html`), 'utf8').replace('</article>', `<p>Filed as ${k}.</p></article>`) };
}

export function uploadSuite() {
  describe('desk sources from an uploaded page', () => {
    const extract = (cookie: string, html: string) => call(h(extractRoute), 'POST', '/api/desk/sources/extract', { cookie, body: { html } });

    it('reads the article and its metadata, archives the text the editor checked, and refuses it twice', async () => {
      const { cookie } = await signedIn('contributor');
      const { k, html } = page('article');
      const read = await extract(cookie, html);
      expect(read.status).toBe(200);
      const { text, title, publisher, published } = read.json.article;
      expect({ title, publisher, published }).toEqual({ title: 'Rebels enter Tel Rifaat after a day of fighting', publisher: 'Example News', published: '2024-12-02' });
      expect(text).toContain(`Filed as ${k}.`);
      const body = { url: `https://news.example.org/tel-rifaat-${k}`, publisher, title, published, text };
      const archived = await call(h(sourcesRoute), 'POST', '/api/desk/sources', { cookie, body });
      expect(archived.status).toBe(201);
      const id = archived.json.source.id as string;
      expect((await call(h(sourceRoute), 'GET', `/api/desk/sources/${id}`, { cookie, params: { id } })).json.text).toBe(text);
      expectError(await call(h(sourcesRoute), 'POST', '/api/desk/sources', { cookie, body: { ...body, text: `${text} (copy)` } }), 409, 'duplicate_source', 'url');
      expectError(await call(h(sourcesRoute), 'POST', '/api/desk/sources', { cookie, body: { ...body, url: `${body.url}-again` } }), 409, 'duplicate_source', 'text');
    });

    it('archives a hostile page as inert words: no script, no link target, markup kept as characters', async () => {
      const { cookie } = await signedIn('editor');
      const { k, html } = page('hostile');
      const read = await extract(cookie, html);
      expect(read.status).toBe(200);
      const body = { url: `https://news.example.org/bridge-${k}`, publisher: read.json.article.publisher, title: read.json.article.title, published: '2024-12-01', text: read.json.article.text };
      const archived = await call(h(sourcesRoute), 'POST', '/api/desk/sources', { cookie, body });
      expect(archived.status).toBe(201);
      const id = archived.json.source.id as string;
      const stored = (await call(h(sourceRoute), 'GET', `/api/desk/sources/${id}`, { cookie, params: { id } })).json.text as string;
      expect(stored).toContain('A resident said the closure was \u202Elanoitnetni\u202C and <b>unannounced</b>.');
      for (const live of ['<script', 'alert(\'', 'javascript:', '<iframe']) expect(stored).not.toContain(live);
    });

    it('refuses a page with no article (400) and a page too large (413), in the API\'s shape, naming the field', async () => {
      const { cookie } = await signedIn('contributor');
      const none = await extract(cookie, page('no-article').html);
      expectError(none, 400, 'no_article', 'html');
      expect(none.json.error.message).toContain('no readable article');
      expectError(await extract(cookie, `<p>${'x'.repeat(MAX_ARTICLE_HTML)}</p>`), 413, 'too_large', 'html');
      expectError(await extract(cookie, ''), 400, 'invalid_field', 'html');
    });
  });
}
