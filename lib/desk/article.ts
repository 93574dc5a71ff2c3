import 'server-only';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import { ApiError } from '@/lib/api/api-error';
import type { ExtractedArticle } from './article-wire';

/** The largest saved page the desk reads (a long article saved with its page is ~1 MB). */
export const MAX_ARTICLE_HTML = 3_000_000;

/** A saved page sent to be read: its HTML, as the file holds it. */
export const articleBody = z.strictObject({ html: z.string().min(1, 'is required') });


// Elements whose text is a block of its own: a blank line before and after keeps paragraphs apart.
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'TR', 'UL', 'OL', 'TABLE', 'HEADER', 'FOOTER']);

type Node_ = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<Node_> };

/** The text of an element, paragraphs kept apart by a blank line and `<br>` as a line end. */
function plainText(root: Node_): string {
  const parts: string[] = [];
  const walk = (node: Node_) => {
    if (node.nodeType === 3) parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
    else if (node.nodeName === 'BR') parts.push('\n');
    else if (node.nodeType === 1 && !['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(node.nodeName)) {
      const block = BLOCKS.has(node.nodeName);
      if (block) parts.push('\n\n');
      for (const child of Array.from(node.childNodes)) walk(child);
      if (block) parts.push('\n\n');
    }
  };
  walk(root);
  return parts.join('').split('\n').map((l) => l.trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** A date of the page's metadata as YYYY-MM-DD, or '' when it has none that reads as one. */
const dayOf = (value: string | null | undefined) => (/^\d{4}-\d{2}-\d{2}/.exec(value?.trim() ?? '')?.[0] ?? '');

/**
 * Reads the article out of a saved page with Mozilla's Readability: its text (never its markup:
 * scripts, links and styles are dropped, only words are kept) and, when the page says them, its
 * headline, publisher and date (og:title, og:site_name, article:published_time). A page too large
 * is refused with 413, one with no readable article with 400, each naming the field `html`.
 */
export function extractArticle(html: string): ExtractedArticle {
  if (html.length > MAX_ARTICLE_HTML) throw tooLarge();
  const { document } = parseHTML(html);
  const meta = (key: string) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')?.trim() ?? '';
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const text = article?.content ? plainText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as unknown as Node_) : '';
  if (text.length < 200) throw new ApiError(400, 'no_article', 'no readable article was found in this page: save the article\'s own page, or paste its text', 'html');
  return {
    text,
    title: (meta('og:title') || article?.title || '').slice(0, 300),
    publisher: (meta('og:site_name') || article?.siteName || '').slice(0, 200),
    published: dayOf(meta('article:published_time')) || dayOf(article?.publishedTime),
  };
}

/** 413 for a saved page larger than the desk reads, naming the field. */
export const tooLarge = () => new ApiError(413, 'too_large', `the page is larger than ${MAX_ARTICLE_HTML / 1_000_000} MB: save the article alone, or paste its text`, 'html');
