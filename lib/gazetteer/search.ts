import { foldName, matchRank } from './names';

/** Things with names, ranked by how well one of their names answers a query. */
export type Ranked<T> = { item: T; rank: 0 | 1 | 2; matched: string };

/** An index of things by their folded names, made once; `search` scans it (a few thousand names answer in about a millisecond). */
export function nameIndex<T>(items: T[], namesOf: (item: T) => string[], weightOf: (item: T) => number = () => 0) {
  const rows = items.map((item) => {
    const names = [...new Set(namesOf(item))];
    const folded = names.map(foldName);
    // All of a thing's names in one string: one test skips the things no name of which holds the query.
    return { item, names, folded, all: folded.join('\n'), weight: weightOf(item) };
  });
  return {
    /**
     * The things a query names, best first: the same name, then names (or a word of them) starting
     * with it, then names holding it; among equals the heavier (the more populous), then by name.
     */
    search(query: string, limit: number): Ranked<T>[] {
      const q = foldName(query);
      if (!q) return [];
      const found: (Ranked<T> & { weight: number })[] = [];
      for (const row of rows) {
        if (!row.all.includes(q)) continue;
        let best: { rank: 0 | 1 | 2; at: number } | null = null;
        for (let i = 0; i < row.folded.length && best?.rank !== 0; i++) {
          const rank = matchRank(row.folded[i], q);
          if (rank !== null && (best === null || rank < best.rank)) best = { rank, at: i };
        }
        if (best) found.push({ item: row.item, rank: best.rank, matched: row.names[best.at], weight: row.weight });
      }
      found.sort((a, b) => a.rank - b.rank || b.weight - a.weight || (a.matched < b.matched ? -1 : a.matched > b.matched ? 1 : 0));
      return found.slice(0, limit).map(({ item, rank, matched }) => ({ item, rank, matched }));
    },
  };
}
