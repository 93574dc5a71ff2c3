import type { NextConfig } from 'next';
import { STATIC_FILE_HEADERS, STATIC_FILE_SOURCES } from './lib/security/headers';

const staticHeaders = Object.entries(STATIC_FILE_HEADERS).map(([key, value]) => ({ key, value }));

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
    ];
  },
};

export default nextConfig;
