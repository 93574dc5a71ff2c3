// Load test: 50 connections for 30 s against the events API and the embed page on a production
// build, twice. Fails on any error or non-2xx answer, or if the server's memory after the second
// run is more than 10% above its memory after the first. Writes bench/LOAD.md.
// Usage: npm run bench:load   (builds first if there is no build)
import { spawn, execSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';
import { treeRssMiB } from './process-memory.mjs';

const PORT = Number(process.env.LOAD_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const CONNECTIONS = 50;
const REQUESTS = [
  { method: 'GET', path: '/api/events' },
  { method: 'GET', path: '/api/events?place=aleppo&from=2024-11-29&to=2024-12-01' },
  { method: 'GET', path: '/embed?place=aleppo&date=2024-12-01' },
  { method: 'GET', path: '/api/events?bbox=30,35,40,41&category=diplomatic' },
];

if (!existsSync('.next/BUILD_ID')) execSync('npm run build', { stdio: 'inherit' });

const server = spawn('npx', ['next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], { detached: true, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {}
};
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}/api/places`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not start');
}

const run = (duration) =>
  new Promise((resolve, reject) => autocannon({ url: BASE, connections: CONNECTIONS, duration, requests: REQUESTS }, (err, result) => (err ? reject(err) : resolve(result))));
const settle = () => new Promise((r) => setTimeout(r, 3000));

await waitForServer();
await run(3); // warm-up: compile caches, JIT
await settle();
const before = treeRssMiB(server.pid);
const first = await run(SECONDS);
await settle();
const afterFirst = treeRssMiB(server.pid);
const second = await run(SECONDS);
await settle();
const afterSecond = treeRssMiB(server.pid);
stop();

const summary = (r) => ({
  requests: r.requests.total,
  perSecond: Math.round(r.requests.average),
  p50: r.latency.p50,
  p99: r.latency.p99,
  errors: r.errors + r.timeouts,
  non2xx: r.non2xx,
});
const runs = [summary(first), summary(second)];
const growth = (afterSecond - afterFirst) / afterFirst;
const failures = [
  ...runs.flatMap((r, i) => [r.errors ? `run ${i + 1}: ${r.errors} errors` : '', r.non2xx ? `run ${i + 1}: ${r.non2xx} non-2xx answers` : '']),
  growth > 0.1 ? `memory grew ${(growth * 100).toFixed(1)}% over the second run (limit 10%)` : '',
].filter(Boolean);

const report = `# Load test

Written by \`npm run bench:load\` (bench/load.mjs) on ${new Date().toISOString().slice(0, 10)}: a production build
served by \`next start\`, ${CONNECTIONS} connections for ${SECONDS} s, twice, cycling through:

${REQUESTS.map((r) => `- \`${r.path}\``).join('\n')}

Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. The load generator
runs on the same machine, so the figures are a floor, not a capacity.

| run | requests | req/s | p50 ms | p99 ms | errors | non-2xx |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${runs.map((r, i) => `| ${i + 1} | ${r.requests} | ${r.perSecond} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} |`).join('\n')}

Server memory (resident, with its child processes): ${before.toFixed(0)} MiB after warm-up, ${afterFirst.toFixed(0)} MiB after run 1,
${afterSecond.toFixed(0)} MiB after run 2: ${(growth * 100).toFixed(1)}% over the second run (limit 10%).

Result: ${failures.length ? `FAILED: ${failures.join('; ')}` : 'passed: no errors, no non-2xx answers, memory steady.'}
`;
writeFileSync('bench/LOAD.md', report);
console.log(report);
process.exit(failures.length ? 1 : 0);
