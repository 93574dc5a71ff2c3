import { existsSync, readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';

/**
 * The static files the build also writes gzipped (scripts/build-assets.ts), under PRECOMPRESSED_DIR
 * in public/ at the same path: a browser that accepts gzip is given those bytes as they are
 * (next.config.ts rewrites to them and labels them), so the server does not compress MapLibre's
 * megabyte again for every reader, as Next's own compression would.
 */
export const PRECOMPRESSED_DIR = '/_gzip';

/** The files the build gzips: the folders in public/ and the ends of the names. */
export const PRECOMPRESSED: { dir: string; ends: string }[] = [
  { dir: '', ends: 'maplibre-gl.mjs' },
  { dir: '', ends: 'maplibre-gl-worker.mjs' },
  { dir: '/geo', ends: '.geojson' },
  { dir: '/_embed', ends: '.js' },
  { dir: '/_embed', ends: '.css' },
];

/**
 * The URL paths that have a gzipped copy, as the build wrote them: next.config.ts names each one
 * (its rules are fixed when Next builds, after these are written), so that a path with no file
 * behind it is Next's plain 404, not one labelled as gzip.
 */
export function precompressedPaths(publicDir: string): string[] {
  const root = path.join(publicDir, PRECOMPRESSED_DIR);
  if (!existsSync(root)) return [];
  const paths = (readdirSync(root, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => `/${path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`);
  // Names as the build makes them, nothing a route pattern would read as syntax.
  return paths.filter((p) => /^[A-Za-z0-9/._-]+$/.test(p)).sort();
}

/**
 * An Accept-Encoding that takes gzip (and does not refuse it with q=0), as a `has` condition's
 * value: Next matches it against the whole header.
 */
export const ACCEPTS_GZIP = '(?:.*[,\\s])?gzip(?!\\s*;\\s*q\\s*=\\s*0(?:\\.0*)?\\s*(?:,|$))(?:[,;\\s].*)?';
