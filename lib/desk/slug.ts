/** Lower-case words joined by hyphens, at most `max` characters, cut at a word: an id made from a title or a name. */
export function slugOfWords(words: string, max = 60): string {
  const slug = words.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.length <= max ? slug : slug.slice(0, max).replace(/-[^-]*$/, '') || slug.slice(0, max);
}
