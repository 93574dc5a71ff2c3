import { apiErrorBody } from '@/lib/schemas/api';

/** A failed API request, with the server's own message when it sent one. */
export class FetchError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'FetchError';
  }
}

/** SWR's fetcher: JSON on success, a FetchError on any non-2xx answer or network failure. */
export async function fetchJson<T>(url: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    throw new FetchError(0, 'The server could not be reached.');
  }
  if (res.ok) return (await res.json()) as T;
  const parsed = apiErrorBody.safeParse(await res.json().catch(() => null));
  throw new FetchError(res.status, parsed.success ? parsed.data.error.message : `The server answered ${res.status}.`);
}
