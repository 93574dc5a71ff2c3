import os from 'node:os';
import path from 'node:path';

const PORT = Number(process.env.E2E_PORT ?? 3100);

/** The embedded store of the browser tests' main server: a folder of its own, emptied at each start, never the developer's .data/. */
export const E2E_STORE_DIR = path.join(os.tmpdir(), `situation-e2e-store-${PORT}`);
