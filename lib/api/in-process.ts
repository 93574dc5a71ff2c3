import { keptAnswer } from '@/lib/api/respond';
import { API_PATHS } from '@/lib/contract/paths';
import { GET as events } from '@/app/api/events/route';
import { GET as places } from '@/app/api/places/route';
import { GET as placeCounts } from '@/app/api/places/counts/route';
import { GET as histogram } from '@/app/api/histogram/route';
import { GET as control } from '@/app/api/control/route';
import { GET as controlChanges } from '@/app/api/control/changes/route';
import { GET as flows } from '@/app/api/flows/route';
import { GET as itineraries } from '@/app/api/itineraries/route';
import { GET as situation } from '@/app/api/situation/route';

/** The API's fixed paths and their GET handlers (the same ones app/api/ declares). */
export const API_GET: Record<string, (request: Request, context: undefined) => Promise<Response>> = {
  [API_PATHS.events]: events,
  [API_PATHS.places]: places,
  [API_PATHS.placeCounts]: placeCounts,
  [API_PATHS.histogram]: histogram,
  [API_PATHS.control]: control,
  [API_PATHS.controlChanges]: controlChanges,
  [API_PATHS.flows]: flows,
  [API_PATHS.itineraries]: itineraries,
  [API_PATHS.situation]: situation,
};

/**
 * A GET to a fixed API path, answered in this process: from the answers the routes keep, else by
 * the route's own handler. Undefined for a path with no handler here.
 */
export function answerInProcess(request: Request, url: URL): Promise<Response> | Response | undefined {
  if (request.method !== 'GET') return undefined;
  const handler = API_GET[url.pathname];
  return keptAnswer(request, url) ?? (handler ? handler(request, undefined) : undefined);
}

/**
 * The largest answer a page carries: a bigger one (the places of a very large dataset, say) is
 * left for the browser to ask, which can then keep it and revalidate it rather than download it
 * with every page.
 */
export const MAX_CARRIED_ANSWER_BYTES = 1024 * 1024;

/**
 * The JSON bodies of the API answers a page will first need, asked here rather than by the
 * browser: each URL (a path and query) with its body's text, for those answered 200 and no larger
 * than MAX_CARRIED_ANSWER_BYTES. A page that carries them makes that many requests fewer while it loads.
 */
export async function answersInProcess(urls: string[], base: string): Promise<Map<string, string>> {
  const answered = await Promise.all(
    urls.map(async (path) => {
      const url = new URL(path, base);
      const response = await answerInProcess(new Request(url, { headers: { Accept: 'application/json' } }), url);
      if (response?.status !== 200) return undefined;
      const body = await response.text();
      return Buffer.byteLength(body) <= MAX_CARRIED_ANSWER_BYTES ? ([path, body] as const) : undefined;
    }),
  );
  return new Map(answered.filter((a) => a !== undefined));
}
