import path from 'node:path';
import type { NextConfig } from 'next';
import { STATIC_FILE_HEADERS, STATIC_FILE_SOURCES } from './lib/security/headers';
import { ACCEPTS_GZIP, PRECOMPRESSED_DIR, precompressedPaths } from './lib/security/precompressed';

const staticHeaders = Object.entries(STATIC_FILE_HEADERS).map(([key, value]) => ({ key, value }));

const acceptsGzip = [{ type: 'header' as const, key: 'accept-encoding', value: ACCEPTS_GZIP }];
// The static files the build gzipped (scripts/build-assets.ts writes them before Next builds).
const precompressed = precompressedPaths(path.join(process.cwd(), 'public'));

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The bench's bundle analysis (bench/bundle.mjs) reads what each chunk holds from its source map.
  productionBrowserSourceMaps: process.env.BENCH_SOURCE_MAPS === '1',
  async headers() {
    return [
      // The static files public/ holds skip proxy.ts (its matcher): their headers are set here.
      ...STATIC_FILE_SOURCES.map((source) => ({ source, headers: staticHeaders })),
      // The embed's own files (scripts/build-embed.ts) are named by their content's hash: a reader who
      // has seen the map in one article reads it in the next without asking again.
      { source: '/_embed/:file*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
      // The files the build gzipped, sent so to a browser that takes gzip (see rewrites): Next's own
      // compression leaves alone a response that says how it is encoded.
      ...precompressed.map((source) => ({
        source,
        has: acceptsGzip,
        headers: [
          { key: 'Content-Encoding', value: 'gzip' },
          { key: 'Vary', value: 'Accept-Encoding' },
        ],
      })),
      ...precompressed.map((source) => ({ source, missing: acceptsGzip, headers: [{ key: 'Vary', value: 'Accept-Encoding' }] })),
    ];
  },
  async rewrites() {
    // Before public/ is looked in: a browser that takes gzip gets the build's gzipped copy (lib/security/precompressed.ts).
    return { beforeFiles: precompressed.map((source) => ({ source, has: acceptsGzip, destination: `${PRECOMPRESSED_DIR}${source}` })), afterFiles: [], fallback: [] };
  },
};

export default nextConfig;
