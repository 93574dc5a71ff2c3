// A bare Node http server for benchmarks: serves files from a few folders, gzip-compressed when
// the client accepts it (as Next compresses), with an ETag and 304s. No framework.
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.geojson': 'application/geo+json', '.woff2': 'font/woff2', '.png': 'image/png' };

/** Serves `routes` (URL path → file) and files under `roots`, keeping each file's bytes and gzip in memory. */
export function startStaticServer({ port, roots = [], routes = {}, compress = true }) {
  const cache = new Map();
  const load = (urlPath) => {
    if (cache.has(urlPath)) return cache.get(urlPath);
    let file = routes[urlPath];
    if (!file) {
      for (const root of roots) {
        const candidate = path.join(root, path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, ''));
        try {
          if (candidate.startsWith(root) && statSync(candidate).isFile()) {
            file = candidate;
            break;
          }
        } catch {}
      }
    }
    if (!file) return null;
    const body = readFileSync(file);
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const entry = { body, gzip: compress && !type.startsWith('font/') && !type.startsWith('image/') ? gzipSync(body) : null, type, etag: `W/"${createHash('sha1').update(body).digest('base64url')}"` };
    cache.set(urlPath, entry);
    return entry;
  };
  const server = createServer((req, res) => {
    const urlPath = (req.url ?? '/').split('?')[0];
    const entry = load(urlPath === '/' ? '/index.html' : urlPath);
    if (!entry) {
      res.writeHead(404, { 'Content-Type': 'application/json' });
      res.end('{"error":{"code":"not_found","message":"no such file","param":"path"}}');
      return;
    }
    const headers = { 'Content-Type': entry.type, ETag: entry.etag, 'Cache-Control': 'public, max-age=0, must-revalidate', Vary: 'Accept-Encoding' };
    if (req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const gzip = entry.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, { ...headers, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}), 'Content-Length': (gzip ? entry.gzip : entry.body).length });
    res.end(gzip ? entry.gzip : entry.body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
