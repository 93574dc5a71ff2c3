// Builds the embed (/embed, /m/{slug}/embed) on its own, without Next's runtime: the same components
// as the main page, run on Preact (through preact/compat), so that a newsroom's article carries the
// map and not a framework. Writes
//   public/_embed/     the browser's script, styles and fonts
//   .embed/server.mjs  the server's render of the same components (lib/embed/standalone/render.tsx)
//   .embed/manifest.json  which of those files the page links and preloads
// Run by `npm run build` and `npm run dev` (through scripts/build-assets.ts).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(__dirname, '..');
const publicDir = path.join(root, 'public', '_embed');
const serverDir = path.join(root, '.embed');
const shims = path.join(root, 'lib', 'embed', 'standalone');

/** What the components import, and what the embed's build gives them instead. */
const alias = {
  '@': root,
  react: path.join(shims, 'react.ts'),
  'react-dom': path.join(shims, 'react.ts'),
  'react/jsx-runtime': 'preact/jsx-runtime',
  'use-sync-external-store/shim/index.js': path.join(shims, 'react.ts'),
  'use-sync-external-store/shim': path.join(shims, 'react.ts'),
  'next/navigation': path.join(shims, 'next-navigation.ts'),
  'next/dynamic': path.join(shims, 'next-dynamic.tsx'),
};

const common = {
  bundle: true,
  format: 'esm',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  alias,
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  external: ['/maplibre-gl.mjs'],
  plugins: [
    {
      // MapLibre is the file public/maplibre-gl.mjs, loaded by URL (lib/map/maplibre-module.ts); the
      // package itself is named only by react-map-gl's fallback, which the map never takes.
      name: 'maplibre-by-url',
      setup(build) {
        build.onResolve({ filter: /^maplibre-gl$/ }, ({ path }) => ({ path, external: true }));
      },
    },
    {
      // The styles a component imports are in the embed's stylesheet (embed.css), not in its scripts.
      name: 'styles-in-the-stylesheet',
      setup(build) {
        build.onResolve({ filter: /\.css$/ }, ({ path, importer }) => (/\.[jt]sx?$/.test(importer) ? { path, namespace: 'styles-in-the-stylesheet' } : undefined));
        build.onLoad({ filter: /.*/, namespace: 'styles-in-the-stylesheet' }, () => ({ contents: '', loader: 'js' }));
      },
    },
  ],
  tsconfig: path.join(root, 'tsconfig.json'),
} satisfies esbuild.BuildOptions;

export async function buildEmbed() {
  rmSync(publicDir, { recursive: true, force: true });
  rmSync(serverDir, { recursive: true, force: true });
  mkdirSync(serverDir, { recursive: true });
  const client = await esbuild.build({
    ...common,
    entryPoints: { embed: path.join(shims, 'client.tsx'), 'embed-style': path.join(shims, 'embed.css') },
    platform: 'browser',
    target: 'es2022',
    // One script, not a chunk per dynamic import: the map and its layers are needed at once anyway,
    // and each request costs the server a few milliseconds while the page loads (measured side by
    // side: 12 chunks took the server 200-300 ms of CPU a load, one script 170-270 ms).
    splitting: false,
    outdir: publicDir,
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    publicPath: '/_embed',
    loader: { '.woff2': 'file', '.woff': 'file' },
    sourcemap: process.env.BENCH_SOURCE_MAPS === '1' ? 'linked' : false,
    metafile: true,
  });
  await esbuild.build({
    ...common,
    entryPoints: [path.join(shims, 'render.tsx')],
    platform: 'node',
    target: 'node20',
    outfile: path.join(serverDir, 'server.mjs'),
  });
  const outputs = client.metafile.outputs;
  const url = (file: string) => `/_embed/${path.relative(publicDir, path.resolve(root, file))}`;
  const script = Object.keys(outputs).find((f) => outputs[f].entryPoint?.endsWith('client.tsx'))!;
  const style = Object.keys(outputs).find((f) => f.endsWith('.css'))!;
  const manifest = { script: url(script), style: url(style) };
  writeFileSync(path.join(serverDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const kb = (f: string) => (outputs[f].bytes / 1024).toFixed(0);
  console.log(`built the embed: ${url(script)} (${kb(script)} KiB), ${url(style)}, .embed/server.mjs`);
}

if (require.main === module) void buildEmbed();
