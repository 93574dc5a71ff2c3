import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseSituation, type Situation } from '@/lib/schemas/situation';

const situationFile = () => path.join(/* turbopackIgnore: true */ process.env.DATA_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), 'data'), 'situation.json');

let situation: Promise<Situation> | undefined;

/**
 * The situation the app shows (titles, region, actor colours), read once per server process from
 * situation.json in the data folder: DATA_DIR, or data/ under the working directory. The one way
 * in: pages and scripts ask this function, never the file, so that it can move to the database.
 */
export function getSituation(): Promise<Situation> {
  situation ??= readFile(situationFile(), 'utf8')
    .then((text) => parseSituation(text))
    .catch((e: unknown) => {
      situation = undefined; // a mended file is read again on the next request
      throw e;
    });
  return situation;
}
