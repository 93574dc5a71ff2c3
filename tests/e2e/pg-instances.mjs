// The browser tests' PostgreSQL pair: two instances of the same build on one database (schema
// e2e_live, made afresh), to test that a write reaches a reader on the other instance. Waits for
// the main server, which builds first. Usage: node tests/e2e/pg-instances.mjs <main-port> <port-a> <port-b>
import { spawn } from 'node:child_process';
import pg from 'pg';
import { waitForServer } from './support/wait-for-server.mjs';

const [mainPort, portA, portB] = process.argv.slice(2);
const url = process.env.TEST_DATABASE_URL;
const SCHEMA = 'e2e_live';
const client = new pg.Client({ connectionString: url });
await client.connect();
await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
await client.end();
await waitForServer(mainPort, 'the main test server');
const env = { ...process.env, DATABASE_URL: url, DATABASE_SCHEMA: SCHEMA };
const start = (port) => spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', port], { stdio: 'inherit', env });
// A first, then B: A migrates and seeds, B finds it done.
const a = start(portA);
await waitForServer(portA, 'instance A', 600);
const b = start(portB);
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => [a, b].forEach((s) => s.kill(signal)));
for (const s of [a, b]) s.on('exit', (code) => process.exit(code ?? 0));
