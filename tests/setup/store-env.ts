import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Route handlers open the embedded store on first use: each test worker gets a store file of its
// own, seeded from data/, never the developer's .data/.
process.env.STORE_DIR ??= mkdtempSync(path.join(tmpdir(), 'situation-vitest-'));
delete process.env.DATABASE_URL;
