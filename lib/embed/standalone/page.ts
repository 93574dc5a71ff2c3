import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { answersInProcess } from '@/lib/api/in-process';
import { situationDataUrls } from '@/lib/data/preload';
import { situationSummary } from '@/lib/data/situation-summary';
import { oembedLink } from '@/lib/embed/discovery';
import { siteOrigin } from '@/lib/embed/site-origin';
import { dir, translate, type Lang } from '@/lib/i18n/messages';
import { MAPLIBRE_MODULE_URL } from '@/lib/map/maplibre-module';
import type { ShownMap } from '@/lib/maps/shown-map';
import { getSituation } from '@/lib/situation/get-situation';
import { embedTitle, pageTitle } from '@/lib/situation/titles';
import { getStore } from '@/lib/store';
import type { EmbedProps } from './body';
import { answersJson, escapeHtml as escape, scriptJson } from './html';

/** What scripts/build-embed.ts wrote: the files the page links, and the server's render. */
type Manifest = { script: string; style: string };
type Renderer = { renderEmbedBody: (props: EmbedProps, url: string) => string };

const built = path.join(process.cwd(), '.embed');
let loading: Promise<{ manifest: Manifest; renderer: Renderer }> | null = null;
function embedBuild() {
  loading ??= (async () => {
    try {
      const manifest = JSON.parse(readFileSync(path.join(built, 'manifest.json'), 'utf8')) as Manifest;
      const renderer = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ pathToFileURL(path.join(built, 'server.mjs')).href)) as Renderer;
      return { manifest, renderer };
    } catch (e) {
      loading = null;
      throw new Error(`The embed's build is missing from .embed/ (run npm run build): ${(e as Error).message}`);
    }
  })();
  return loading;
}

/** The interface language the proxy picked for this request (x-lang). */
const langOf = (request: Request): Lang => (request.headers.get('x-lang') === 'ar' ? 'ar' : 'en');
const NOT_KEPT = 'private, no-cache, no-store, max-age=0, must-revalidate';

/** An embed of a map that is not there (/m/{slug}/embed of an unknown or deleted map): the app's 404, in the reader's language. */
export function embedNotFound(request: Request): Response {
  const lang = langOf(request);
  const title = escape(translate(lang, 'notFoundTitle'));
  const html = `<!DOCTYPE html><html lang="${lang}" dir="${dir(lang)}"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><meta name="robots" content="noindex"/><title>${title}</title></head><body><main><h1>${title}</h1><p><a href="/" target="_blank" rel="noopener">${escape(translate(lang, 'openTheMap'))}</a></p></main></body></html>`;
  return new Response(html, { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': NOT_KEPT } });
}

/**
 * The embed's page (/embed, /m/{slug}/embed), written here rather than by Next's renderer: its
 * scripts are the embed's own build (Preact, scripts/build-embed.ts), not Next's and React's runtime,
 * so that an article that embeds the map carries MapLibre and about 70 kB more, not 200.
 * The head asks at once for MapLibre, the embed's script and the API answers the first view needs.
 */
export async function embedPage(request: Request, pathname: string, shown?: ShownMap): Promise<Response> {
  const { manifest, renderer } = await embedBuild();
  const url = new URL(request.url);
  const params = Object.fromEntries(url.searchParams);
  const lang = langOf(request);
  const nonce = escape(request.headers.get('x-nonce') ?? '');
  const summary = await situationSummary(await getStore());
  const situation = shown?.situation ?? (await getSituation());
  const heading = shown ? shown.map.title : lang === 'en' ? embedTitle(situation) : pageTitle(situation, lang);
  const title = shown ? shown.map.title : embedTitle(situation);
  const oembed = oembedLink(siteOrigin(request.headers, request.url), pathname, params, shown?.map.title);
  const props: EmbedProps = { lang, title: heading, summary, situation, defaults: shown?.defaults };
  const body = renderer.renderEmbedBody(props, `${url.origin}${pathname}${url.search}`);
  // The API answers the first view needs travel in the page, so that it makes six requests fewer
  // while MapLibre and the script load (a browser asks one server over six connections at most);
  // one the server could not give here is preloaded instead, for the page to ask as before.
  const dataUrls = situationDataUrls(summary.span, params, shown?.defaults);
  const answers = await answersInProcess(dataUrls, url.origin);
  const head = [
    '<meta charset="utf-8"/>',
    '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
    `<title>${escape(title)}</title>`,
    `<meta name="description" content="${escape(translate(lang, 'pageDescription'))}"/>`,
    // Deliberately out of search results: an embed is a part of other sites' pages, and its content
    // is the main page's (which is indexed, with a description and a link preview).
    '<meta name="robots" content="noindex"/>',
    `<link rel="alternate" type="application/json+oembed" href="${escape(oembed.url)}" title="${escape(oembed.title)}"/>`,
    '<link rel="icon" href="/icon.svg" type="image/svg+xml" sizes="any"/>',
    `<link rel="stylesheet" href="${manifest.style}"/>`,
    ...[MAPLIBRE_MODULE_URL, manifest.script].map((href) => `<link rel="modulepreload" href="${href}" nonce="${nonce}"/>`),
    ...dataUrls.filter((href) => !answers.has(href)).map((href) => `<link rel="preload" href="${escape(href)}" as="fetch" crossorigin=""/>`),
    `<script type="module" src="${manifest.script}" nonce="${nonce}"></script>`,
  ].join('');
  const main = `<main class="embed${params.autoheight === '1' ? ' embed-autoheight' : ''}">${body}</main>`;
  const html = `<!DOCTYPE html><html lang="${lang}" dir="${dir(lang)}"><head>${head}</head><body>${main}<script type="application/json" id="embed-props" nonce="${nonce}">${scriptJson(props)}</script><script type="application/json" id="embed-answers" nonce="${nonce}">${answersJson(answers)}</script></body></html>`;
  return new Response(html, {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': NOT_KEPT },
  });
}
