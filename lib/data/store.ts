import 'server-only';
import { buildDataset, type Dataset } from './dataset';
import { readDataDir } from './read-data-dir';

let cached: Dataset | undefined;

/** The app's dataset, read and validated once per server process. */
export function getDataset(): Dataset {
  cached ??= buildDataset(readDataDir());
  return cached;
}
