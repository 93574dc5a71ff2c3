import 'server-only';
import { buildDataset, type Dataset } from './dataset';
import { readDataDir } from './read-data-dir';

const DATASET = Symbol.for('situation-map.dataset');

/**
 * The app's dataset, read and validated once per server process. It is kept on globalThis, not in
 * this module: Next bundles pages, route handlers and the proxy separately, each with its own copy
 * of this module, and a war's worth of events must be loaded once, not once per bundle.
 */
export function getDataset(): Dataset {
  const holder = globalThis as { [DATASET]?: Dataset };
  holder[DATASET] ??= buildDataset(readDataDir());
  return holder[DATASET];
}
