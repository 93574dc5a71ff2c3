import type { z } from 'zod';
import { ApiError, badParam } from './api-error';

/** Parses a URL's search params with a schema; a bad one becomes a 400 that names it. */
export function parseQuery<S extends z.ZodType>(schema: S, url: URL): z.infer<S> {
  const keys = [...new Set(url.searchParams.keys())];
  for (const key of keys) {
    const count = url.searchParams.getAll(key).length;
    if (count > 1) throw badParam(key, `${key}: is given ${count} times; give it once`);
  }
  // fromEntries makes "__proto__" an own key like any other, so the schema refuses it as unknown.
  const raw = Object.fromEntries(keys.map((k) => [k, url.searchParams.get(k)!]));
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    throw new ApiError(400, 'unknown_parameter', `${key}: is not a parameter of this endpoint`, key);
  }
  const param = String(issue.path[0] ?? '');
  throw badParam(param, `${param}: ${issue.message}`);
}
