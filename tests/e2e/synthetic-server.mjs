// The browser tests' second server: the same build on a synthetic dataset of 10,000 events
// (bench/generate.ts), to test the map at scale. Waits for the main server, which builds first.
// Usage: node tests/e2e/synthetic-server.mjs <main-port> <port>
import { execFileSync, spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { waitForServer } from './support/wait-for-server.mjs';

const [mainPort, port] = process.argv.slice(2);
// Folders of this port's own: test runs of other checkouts on this machine use other ports.
const dir = path.join(os.tmpdir(), `situation-map-e2e-10000-${port}`);
execFileSync(process.execPath, ['--import', 'tsx', 'bench/generate.ts', '--events', '10000', '--out', dir], { stdio: 'inherit' });
await waitForServer(mainPort, 'the main test server');
const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', port], { stdio: 'inherit', env: { ...process.env, DATA_DIR: dir, STORE_DIR: path.join(os.tmpdir(), `situation-e2e-store-10000-${port}`), DATABASE_URL: '' } });
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
