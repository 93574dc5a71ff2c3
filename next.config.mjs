/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The bench's bundle analysis (bench/bundle.mjs) reads what each chunk holds from its source map.
  productionBrowserSourceMaps: process.env.BENCH_SOURCE_MAPS === '1',
};

export default nextConfig;
