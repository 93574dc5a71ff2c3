import { createHash } from 'node:crypto';

/**
 * A serialized answer, its validator and its media type. Compression is Next's (`compress`, on by
 * default): answers cannot be kept compressed, since Next 16 drops a route's or the proxy's own
 * Content-Encoding header (next/dist/server/send-response.js) and would send the bytes unlabelled.
 */
export type Prepared = { body: Uint8Array<ArrayBuffer>; etag: string; contentType: string };

// Weak: the server may compress the body, and the validator speaks for its content, not its bytes.
const etagOf = (body: Uint8Array) => `W/"${createHash('sha1').update(body).digest('base64url')}"`;

/**
 * Serializes an answer once: its body as UTF-8 bytes and its ETag. Bytes, not a string: a kept
 * answer is then written to each client as it is, without encoding it again, and a worker thread
 * hands its answer over without a copy.
 */
export const prepare = (data: unknown, contentType = 'application/json'): Prepared => {
  const body = Buffer.from(JSON.stringify(data));
  return { body, etag: etagOf(body), contentType };
};

/** The media type of the GeoJSON answers. */
export const GEOJSON = 'application/geo+json';
