/** Letters that Unicode does not decompose into a base letter and a mark. */
const PLAIN: Record<string, string> = { ı: 'i', İ: 'i', ß: 'ss', æ: 'ae', Æ: 'ae', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', œ: 'oe', Œ: 'oe', þ: 'th', ð: 'd', ʿ: '', ʾ: '', '’': '', "'": '' };

/** A name folded for comparison: lower case, accents dropped, apostrophes gone, runs of other signs as one space. */
export function foldName(name: string): string {
  return name
    .replace(/[ıİßæÆøØđĐłŁœŒþðʿʾ’']/g, (c) => PLAIN[c])
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A stable id from a name: its folded Latin letters and digits joined by hyphens (empty when it has none). */
export function slugOf(name: string, maxLength = 60): string {
  const slug = foldName(name).replace(/[^a-z0-9 ]+/g, ' ').trim().replace(/ +/g, '-');
  if (slug.length <= maxLength) return slug;
  return slug.slice(0, maxLength).replace(/-[^-]*$/, '') || slug.slice(0, maxLength);
}

/** A short, stable hash of a text (FNV-1a, 32 bits, base 36): tells apart ids that fold to the same words. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** A text cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.replace(/\s+\S*$/, '') || cut}…`;
}

/** A whole number written with thousands separators: 3214780 → "3,214,780". */
export const grouped = (n: number) => n.toLocaleString('en-GB');
