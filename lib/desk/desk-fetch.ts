/** A desk API error as the pages show it: the message, and the field at fault. */
export class DeskRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly param?: string,
  ) {
    super(message);
  }
}

/** Calls the desk's API from its pages (same origin: the browser sends the session cookie and the Origin). */
export async function deskCall<T>(path: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' = 'POST', body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const data = (await response.json().catch(() => null)) as (T & { error?: { message: string; param?: string } }) | null;
  if (!response.ok) throw new DeskRequestError(response.status, data?.error?.message ?? `the desk answered ${response.status}`, data?.error?.param);
  return data as T;
}
