import type { SituationSummary } from '@/lib/contract/wire';
import type { Store } from '@/lib/store';
import { sourceCredits } from './source-credits';

/** What a page needs to follow the data: its version, span and source credits (GET /api/situation, and the pages' first render). */
export async function situationSummary(store: Store): Promise<SituationSummary> {
  const [span, { cited, sources }] = await Promise.all([store.span(), store.citedSources()]);
  return { version: store.version, span, credits: sourceCredits(cited, sources) };
}
