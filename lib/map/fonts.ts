import type { FontFacesSpecification } from 'maplibre-gl';

/** The font name map labels use in `text-font`. */
export const MAP_FONT = 'Noto Sans Regular';

/** Font files the build copies from @fontsource into public/fonts/, with the codepoints each covers. */
export const MAP_FONT_FILES = [
  { packageFile: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2', url: '/fonts/noto-sans-latin-400.woff2', unicodeRange: ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD'] },
  { packageFile: '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2', url: '/fonts/noto-sans-latin-ext-400.woff2', unicodeRange: ['U+0100-02AF', 'U+0304', 'U+0308', 'U+0329', 'U+1E00-1EFF', 'U+2020', 'U+20A0-20AB', 'U+20AD-20C0', 'U+2113', 'U+2C60-2C7F', 'U+A720-A7FF'] },
  { packageFile: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2', url: '/fonts/noto-sans-arabic-400.woff2', unicodeRange: ['U+0600-06FF', 'U+0750-077F', 'U+0870-088E', 'U+0890-0891', 'U+0897-08E1', 'U+08E3-08FF', 'U+200C-200E', 'U+2010-2011', 'U+204F', 'U+2E41', 'U+FB50-FDFF', 'U+FE70-FE74', 'U+FE76-FEFC'] },
] as const;

/** The style's `font-faces`: every label font is served by the app itself (origin given for absolute URLs). */
export function mapFontFaces(origin: string): FontFacesSpecification {
  return { [MAP_FONT]: MAP_FONT_FILES.map((f) => ({ url: `${origin}${f.url}`, 'unicode-range': [...f.unicodeRange] })) };
}
