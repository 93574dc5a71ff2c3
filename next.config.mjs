/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The bench's bundle analysis (bench/bundle.mjs) reads what each chunk holds from its source map.
  productionBrowserSourceMaps: process.env.BENCH_SOURCE_MAPS === '1',
  // The embed's own files (scripts/build-embed.ts) are named by their content's hash: a reader who
  // has seen the map in one article reads it in the next without asking again.
  async headers() {
    return [{ source: '/_embed/:file*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] }];
  },
};

export default nextConfig;
