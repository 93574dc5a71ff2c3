import type { EventRecord } from '@/lib/schemas/event';
import type { Store } from '@/lib/store';
import type { Item, Retraction } from '@/lib/store/batch';
import { countryByCode, countryByName, type Country } from './countries';
import { ImportError } from './errors';

/** What a newer export replaces: the dataset's events in a country and a period (inclusive; either end open). */
export type ReplaceScope = { country?: Country; from?: string; to?: string; text: string };

/** Reads `country=SY,from=2012-01-01,to=2012-12-31` (any of the three, at least one). */
export function parseScope(text: string): ReplaceScope {
  const scope: ReplaceScope = { text };
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [key, value = ''] = part.split('=').map((s) => s.trim());
    if (key === 'country') scope.country = countryByCode(value) ?? countryByName(value) ?? bad(`country=${value} is not a country the importer knows`);
    else if (key === 'from' || key === 'to') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) bad(`${key}=${value} is not a date written YYYY-MM-DD`);
      scope[key] = value;
    } else bad(`"${part}" is not country=, from= or to=`);
  }
  if (!scope.country && !scope.from && !scope.to) bad('names no country=, from= or to=');
  if (scope.from && scope.to && scope.from > scope.to) bad(`from=${scope.from} is after to=${scope.to}`);
  return scope;
}

function bad(reason: string): never {
  throw new ImportError('--replace-scope', 'option', reason);
}

/**
 * The retractions a newer export implies: the live events of the same dataset, in the scope's
 * country (by their place) whose date falls in its period, that the export no longer has.
 */
export async function retractionsFor(store: Store, scope: ReplaceScope, dataset: string, kept: Set<string>, file: string, reason: string): Promise<Item<Retraction>[]> {
  const situation = await store.situation();
  const out: Item<Retraction>[] = [];
  const inScope = (e: EventRecord) =>
    e.dataset?.name === dataset &&
    !kept.has(e.id) &&
    (!scope.country || situation.placeById.get(e.placeId)?.country === scope.country.code) &&
    (!scope.from || e.date >= scope.from) &&
    (!scope.to || e.date <= scope.to);
  const limit = 1000;
  for (let offset = 0; ; offset += limit) {
    const { total, events } = await store.findEvents({ from: scope.from, to: scope.to }, { limit, offset, order: 'asc' });
    for (const e of events) if (inScope(e)) out.push({ at: { file, record: `--replace-scope ${scope.text} (event "${e.id}")` }, value: { kind: 'event', id: e.id, reason } });
    if (offset + limit >= total) break;
  }
  return out;
}
