import type { Dataset } from './dataset';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Map attribution HTML crediting every source the map's claims cite, with the outlets they credit in turn. */
export function sourceCredits(data: Dataset): string[] {
  const credited = new Map<string, Set<string>>();
  const claims = [...data.events, ...[...data.periodsByArea.values()].flat(), ...data.flows];
  for (const claim of claims) {
    for (const c of claim.sources) {
      const set = credited.get(c.sourceId) ?? new Set<string>();
      if (c.attribution) set.add(c.attribution);
      credited.set(c.sourceId, set);
    }
  }
  return [...credited].map(([id, attributions]) => {
    const s = data.sources.get(id)!;
    const via = attributions.size ? ` (citing ${[...attributions].map(escapeHtml).join(', ')})` : '';
    return `Sources: <a href="${escapeHtml(s.url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(s.publisher)}</a>${via}`;
  });
}
