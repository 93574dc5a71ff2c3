import { MESSAGE_PREFIX } from './messages';

/** The view parameters an embed URL carries over from the page, and its own two. */
export const EMBED_PARAMS = ['place', 'area', 'flow', 'date', 'layers', 'view', 'theme', 'legend'] as const;

/** The title an embedded map carries (iframe title, oEmbed title). */
export const EMBED_TITLE = 'Situation map: Aleppo, Damascus, Ankara (Nov–Dec 2024)';

/** A map's own address, /m/{slug} or its embed /m/{slug}/embed: the slug is the first group. */
export const MAP_PAGE_PATH = /^\/m\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/embed)?$/;

/** The embed's path for a page's: a map's own embed for /m/{slug}, else /embed. */
const embedPathFor = (pathname: string) => {
  const slug = MAP_PAGE_PATH.exec(pathname)?.[1];
  return slug ? `/m/${slug}/embed` : '/embed';
};

export type EmbedOptions = { title: string; width?: number; height: number };

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The embed URL (/embed, or /m/{slug}/embed for a map's page) for a page URL's view, keeping only the parameters an embed understands, then setting and leaving out some. */
export function embedUrlFor(pageUrl: URL, { set = {}, omit = [] }: { set?: Record<string, string>; omit?: string[] } = {}): string {
  const params = new URLSearchParams();
  for (const key of EMBED_PARAMS) {
    const value = pageUrl.searchParams.get(key);
    if (value !== null && !omit.includes(key)) params.set(key, value);
  }
  for (const [k, v] of Object.entries(set)) params.set(k, v);
  const search = params.toString().replaceAll('%2C', ',');
  return `${pageUrl.origin}${embedPathFor(pageUrl.pathname)}${search ? `?${search}` : ''}`;
}

/** A plain iframe: fixed height, full width, titled for screen readers. */
export function iframeSnippet(src: string, { title, width, height }: EmbedOptions): string {
  const w = width ? String(width) : '100%';
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="${w}" height="${height}" style="border:0;max-width:100%" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" allow="fullscreen"></iframe>`;
}

/**
 * An iframe with a small script that sets its height from the embed's height messages, accepting
 * them only from that frame and the app's origin.
 */
export function responsiveSnippet(src: string, options: EmbedOptions): string {
  const url = new URL(src);
  url.searchParams.set('autoheight', '1');
  const frame = iframeSnippet(url.toString().replaceAll('%2C', ','), options);
  const script = `<script>(function(){var f=document.currentScript.previousElementSibling;addEventListener("message",function(e){var d=e.data;if(e.source!==f.contentWindow||e.origin!==${JSON.stringify(url.origin)}||!d||d.type!=="${MESSAGE_PREFIX}height")return;var h=Math.round(+d.height);if(h>0&&h<5000)f.style.height=h+"px";});})();</script>`;
  return `${frame}\n${script}`;
}
