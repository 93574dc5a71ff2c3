// Place names as the desk's search compares them, and as the gazetteer's build keeps them.

/** The gazetteer file's columns, in order (data/gazetteer/geonames.tsv; names joined by "|"). */
export const GAZETTEER_COLUMNS = ['geonameid', 'name', 'ar', 'country', 'feature', 'population', 'lat', 'lon', 'names'] as const;

/**
 * A name folded for comparison: case and accents dropped (İdlib, idlib), Arabic normalised (the
 * hamza and madda forms of alef and their seats to the bare letter, taa marbuta to haa, alef
 * maqsura and Persian yeh to yaa, no tatweel, no short vowels or shadda), hyphens and
 * transliteration marks (ʿ ʾ ‘ ’ ') made spaces or dropped.
 */
export function foldName(name: string): string {
  return (
    name
      // NFKD parts أ إ آ ؤ ئ into their seat and a combining mark, which the next line drops.
      .normalize('NFKD')
      .replace(/[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g, '')
      .toLowerCase()
      .replace(/ı/g, 'i')
      .replace(/ٱ/g, 'ا')
      .replace(/ة/g, 'ه')
      .replace(/[ىی]/g, 'ي')
      .replace(/ک/g, 'ك')
      .replace(/[\u02b0-\u02ff'‘’`´]/g, '')
      .replace(/[\s\-‐–—_/.,()]+/g, ' ')
      .trim()
  );
}

/** How well a folded name answers a folded query: 0 the same, 1 it (or one of its words) starts so, 2 it holds it, null not at all. */
export function matchRank(name: string, query: string): 0 | 1 | 2 | null {
  if (name === query) return 0;
  if (name.startsWith(query) || name.includes(` ${query}`)) return 1;
  return name.includes(query) ? 2 : null;
}

// The scripts written in the region (and GeoNames' Latin transliterations): names in others are not kept.
const REGION_SCRIPTS = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Armenian}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{M}\p{N}\p{P}\p{Zs}\u02b0-\u02ff`´]+$/u;

/**
 * A place's names worth keeping: its own, then its alternate names in the region's scripts, less
 * those GeoNames makes by machine from other scripts (Latin, all lower case: "a lei po") and codes
 * (ALP), each once.
 */
export function keptNames(name: string, alternates: string[]): string[] {
  const kept = alternates.filter((n) => {
    if (!n || !REGION_SCRIPTS.test(n)) return false;
    const latin = /\p{Script=Latin}/u.test(n);
    if (latin && !/\p{Lu}/u.test(n)) return false;
    return !(latin && n === n.toUpperCase() && n.length <= 4);
  });
  return [...new Set([name, ...kept])];
}

// The Arabic alphabet only: no letters of Persian, Kurdish, Urdu or Ottoman spelling (پ چ ژ گ ک ی ڕ ڵ ۆ ێ ە ٹ ے …).
const ARABIC_LETTERS = /^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670 ]+$/;
// Names of the district or province that a town gives its name to, not of the town.
const ADMIN_WORDS = /^(محافظة|ناحية|منطقة|قضاء|مركز|لواء|ولاية) /;

/**
 * The place's name in Arabic, as far as GeoNames' cities file tells: it does not say which language
 * an alternate name is in, so this is the shortest written in the Arabic alphabet alone (so not
 * Persian, Kurdish or Ottoman), not a district's name, the first of equals; undefined if none.
 */
export function arabicNameOf(names: string[]): string | undefined {
  const arabic = names.filter((n) => ARABIC_LETTERS.test(n) && !ADMIN_WORDS.test(n));
  return arabic.reduce<string | undefined>((best, n) => (best === undefined || n.length < best.length ? n : best), undefined);
}

/** The shortest of the names written in a script (Hebrew, Greek), as a local name; undefined if none. */
export function nameInScript(names: string[], script: 'Hebrew' | 'Greek'): string | undefined {
  const re = new RegExp(`^[\\p{Script=${script}}\\p{M}\\p{Zs}\\p{P}]+$`, 'u');
  return names.filter((n) => re.test(n)).reduce<string | undefined>((best, n) => (best === undefined || n.length < best.length ? n : best), undefined);
}
