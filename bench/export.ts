// The speed and memory of GET /api/export over a seeded store: every event, each format, read to
// the end as a client would, with the heap sampled as it goes (flat memory: it must not grow with
// the number of events). Prints one JSON line per format.
//
// Usage: DATA_DIR=<its data folder> STORE_DIR=<seeded store> node --expose-gc --import tsx --conditions=react-server bench/export.ts [geojson,csv,hxl]
import { GET } from '../app/api/export/route';
import { getStore } from '../lib/store';

const mib = (bytes: number) => +(bytes / 2 ** 20).toFixed(1);
const formats = (process.argv[2] ?? 'csv,geojson,hxl').split(',');

async function main() {
  // Opened (and seeded, if DATA_DIR changed) before any clock starts.
  const store = await getStore();
  const { total } = await store.findEvents({}, { limit: 1, offset: 0, order: 'asc' });
  for (const format of formats) {
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    // Live memory, after a full collection every 5 chunks (a page of events each): flat when
    // the last samples are no higher than the first ones.
    const live: number[] = [];
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const res = await GET(new Request(`http://localhost/api/export?format=${format}`));
    const reader = res.body!.getReader();
    let bytes = 0;
    let chunks = 0;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (++chunks % 5 === 0 && global.gc) {
        global.gc();
        live.push(process.memoryUsage().heapUsed);
      }
    }
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    // CPU time as well as wall time: on a shared machine the wall clock counts other people's work.
    const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
    const line = { format, ms: Math.round(ms), cpuMs, eventsPerCpuS: Math.round(total / (cpuMs / 1000)), mb: +(bytes / 1e6).toFixed(1), events: total, eventsPerS: Math.round(total / (ms / 1000)), liveHeapMiB: { before: mib(heapBefore), first: mib(live[0] ?? 0), last: mib(live.at(-1) ?? 0), max: mib(Math.max(...live)) }, rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20) };
    console.log(JSON.stringify(line));
  }
  process.exit(0);
}

void main();
