// zod's small build: this runs in every page and embed. The contract's full error schema
// (apiErrorBody in lib/contract/wire.ts, with the rest of the wire schemas) would bring all of zod.
import * as z from 'zod/mini';

/** The part of the API's error body (ApiErrorBody in lib/contract/wire.ts) the page shows: the server's message. */
const errorMessage = z.object({ error: z.object({ message: z.string() }) });

/** A failed API request: why (timeout, network, an error status) and the server's own message when it sent one. */
export class FetchError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly kind: 'timeout' | 'network' | 'status' = 'status',
    readonly serverMessage?: string,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

/** How long a call may take before the page gives up on it and offers a retry. */
export const FETCH_TIMEOUT_MS = 8_000;

/** Answers the page arrived with, by URL: each serves the first request for its URL only. */
const arrived = new Map<string, unknown>();

/**
 * Hands the fetcher the API answers the page's HTML carried (the embed's first view: see
 * lib/embed/standalone/page.ts): the first request for each of these URLs is answered without the
 * network; every later one (a revalidation, a live update) asks the server.
 */
export function answersArrived(answers: Record<string, unknown>) {
  for (const [url, body] of Object.entries(answers)) arrived.set(url, body);
}

/** SWR's fetcher: JSON on success, a FetchError on any non-2xx answer, network failure or timeout. */
export async function fetchJson<T>(url: string): Promise<T> {
  if (arrived.has(url)) {
    const body = arrived.get(url) as T;
    arrived.delete(url);
    return body;
  }
  let res: Response;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (e) {
    if ((e as Error).name === 'TimeoutError') throw new FetchError(0, 'The server took too long to answer.', 'timeout');
    throw new FetchError(0, 'The server could not be reached.', 'network');
  }
  if (res.ok) return (await res.json()) as T;
  const parsed = errorMessage.safeParse(await res.json().catch(() => null));
  const serverMessage = parsed.success ? parsed.data.error.message : undefined;
  throw new FetchError(res.status, serverMessage ?? `The server answered ${res.status}.`, 'status', serverMessage);
}
