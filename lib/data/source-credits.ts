import type { Dataset } from './dataset';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const cache = new WeakMap<Dataset, string[]>();

/** How many credited outlets a publisher's credit names before it says how many more. */
const CITED_SHOWN = 3;

/**
 * Map attribution HTML crediting every publisher the map's claims cite, with the outlets they
 * credit in turn: one credit per publisher, linked to its first source, so that a dataset of
 * thousands of articles still fits the attribution control. Made once per dataset.
 */
export function sourceCredits(data: Dataset): string[] {
  const cached = cache.get(data);
  if (cached) return cached;
  const credited = new Map<string, { url: string; attributions: Set<string> }>();
  const claims = [...data.events, ...[...data.periodsByArea.values()].flat(), ...data.flows];
  for (const claim of claims) {
    for (const c of claim.sources) {
      const s = data.sources.get(c.sourceId)!;
      const entry = credited.get(s.publisher) ?? { url: s.url, attributions: new Set<string>() };
      if (c.attribution) entry.attributions.add(c.attribution);
      credited.set(s.publisher, entry);
    }
  }
  const credits = [...credited].map(([publisher, { url, attributions }]) => {
    const cited = [...attributions];
    const named = cited.slice(0, CITED_SHOWN).map(escapeHtml).join(', ');
    const via = cited.length ? ` (citing ${named}${cited.length > CITED_SHOWN ? ` and ${cited.length - CITED_SHOWN} more` : ''})` : '';
    return `Sources: <a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(publisher)}</a>${via}`;
  });
  cache.set(data, credits);
  return credits;
}
