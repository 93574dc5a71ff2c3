import type { SourceRecord } from '@/lib/schemas/source';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** How many credited outlets a publisher's credit names before it says how many more. */
const CITED_SHOWN = 3;

/**
 * Map attribution HTML crediting every publisher the map's claims cite, with the outlets they
 * credit in turn: one credit per publisher, linked to its first source, so that a dataset of
 * thousands of articles still fits the attribution control.
 */
export function sourceCredits(cited: { sourceId: string; attribution: string | null }[], sources: Map<string, SourceRecord>): string[] {
  const credited = new Map<string, { url: string; first: string; attributions: Set<string>; licences: Map<string, string | undefined> }>();
  for (const c of [...cited].sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0))) {
    const s = sources.get(c.sourceId);
    if (!s) continue;
    const entry = credited.get(s.publisher) ?? { url: s.url, first: s.id, attributions: new Set<string>(), licences: new Map() };
    if (c.attribution) entry.attributions.add(c.attribution);
    if (s.licence) entry.licences.set(s.licence.name, s.licence.url);
    credited.set(s.publisher, entry);
  }
  return [...credited].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([publisher, { url, attributions, licences }]) => {
    const cited = [...attributions].sort();
    const named = cited.slice(0, CITED_SHOWN).map(escapeHtml).join(', ');
    const notes = [
      ...(cited.length ? [`citing ${named}${cited.length > CITED_SHOWN ? ` and ${cited.length - CITED_SHOWN} more` : ''}`] : []),
      // A dataset's licence, linked to its text: what the licence asks of whoever shows the data.
      ...[...licences].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, href]) => (href ? `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${escapeHtml(name)}</a>` : escapeHtml(name))),
    ];
    return `Sources: <a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(publisher)}</a>${notes.length ? ` (${notes.join('; ')})` : ''}`;
  });
}
