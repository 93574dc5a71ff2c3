// Reading the article out of a saved page: real pages written for the test (tests/fixtures/articles).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/api-error';
import { extractArticle, MAX_ARTICLE_HTML } from '@/lib/desk/article';

const page = (name: string) => readFileSync(path.resolve(import.meta.dirname, `../../fixtures/articles/${name}.html`), 'utf8');
const refusal = (html: string) => {
  try {
    extractArticle(html);
  } catch (e) {
    return e as ApiError;
  }
  throw new Error('the page was not refused');
};

describe('extractArticle', () => {
  it('keeps the article\'s paragraphs and drops the navigation, the ads, the related links and the scripts around it', () => {
    const { text } = extractArticle(page('article'));
    expect(text.startsWith('ALEPPO, Dec 2 (Example News) - Rebel fighters entered the town of Tel Rifaat on Saturday')).toBe(true);
    expect(text).toContain('crowded with cars and tractors.\n\nAn aid worker');
    expect(text).toContain('slept in the open.\nNo casualty figures were available.');
    for (const noise of ['Subscribe', 'Advertisement', 'Cheap flights', 'Ten things', 'Copyright', 'TRACKER-SECRET', 'document.write', 'Business']) expect(text).not.toContain(noise);
  });

  it('proposes the headline, publisher and date from the page\'s og:title, og:site_name and article:published_time', () => {
    const { title, publisher, published } = extractArticle(page('article'));
    expect({ title, publisher, published }).toEqual({ title: 'Rebels enter Tel Rifaat after a day of fighting', publisher: 'Example News', published: '2024-12-02' });
  });

  it('refuses a page with no article, saying so and naming the field', () => {
    const e = refusal(page('no-article'));
    expect([e.status, e.code, e.param]).toEqual([400, 'no_article', 'html']);
    expect(e.message).toContain('no readable article');
  });

  it('refuses a page larger than it reads with 413, naming the field', () => {
    const e = refusal(page('article').replace('</body>', `<!--${'x'.repeat(MAX_ARTICLE_HTML)}--></body>`));
    expect([e.status, e.code, e.param]).toEqual([413, 'too_large', 'html']);
  });

  it('turns a hostile page into words only: no script, no handler, no link target survives, markup in the text stays text', () => {
    const got = extractArticle(page('hostile'));
    const all = JSON.stringify(got);
    for (const live of ['alert(\'', 'javascript:', 'data:text', 'onerror=alert(\'img', '<iframe', 'evil.example.net', 'display: none']) expect(all).not.toContain(live);
    expect(got.text).toContain('Read the full statement or the annex.');
    // Escaped markup in the page is the article's words, kept as characters; so are bidi controls.
    expect(got.text).toContain('<b>unannounced</b>');
    expect(got.text).toContain('\u202Elanoitnetni\u202C');
    expect(got.published).toBe('');
  });
});
