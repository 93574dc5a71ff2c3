import type { z } from 'zod';
import { ApiError, badParam } from './api-error';

/** Parses a URL's search params with a schema; a bad one becomes a 400 that names it. */
export function parseQuery<S extends z.ZodType>(schema: S, url: URL): z.infer<S> {
  const raw: Record<string, string> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    if (values.length > 1) throw badParam(key, `${key} is given ${values.length} times; give it once`);
    raw[key] = values[0];
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    throw new ApiError(400, 'unknown_parameter', `${key} is not a parameter of this endpoint`, key);
  }
  const param = String(issue.path[0] ?? '');
  throw badParam(param, issue.message.startsWith(param) ? issue.message : `${param}: ${issue.message}`);
}
