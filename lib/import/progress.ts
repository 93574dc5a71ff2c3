import type { Progress } from './run-import';
import { grouped } from './text';

const clock = (s: number) => (Number.isFinite(s) ? `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}` : '?');

/** One progress line: rows, rows per second, how far through the file, and the time left. */
export function progressLine(p: Progress): string {
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? p.rows / seconds : 0;
  const share = p.size > 0 ? Math.min(1, p.bytes / p.size) : 0;
  const eta = share > 0 ? (seconds / share) * (1 - share) : Infinity;
  return `${grouped(p.rows)} rows · ${grouped(Math.round(rate))} rows/s · ${Math.round(share * 100)}% · ETA ${clock(eta)}`;
}

/**
 * Shows progress on a stream: on a terminal, one line redrawn in place (at most 10 times a
 * second) as a bar; otherwise a plain line every 5 seconds, for logs.
 */
export function progressReporter(out: NodeJS.WriteStream): { update: (p: Progress) => void; done: () => void } {
  let last = 0;
  let drawn = false;
  if (out.isTTY) {
    return {
      update(p) {
        const now = Date.now();
        if (now - last < 100) return;
        last = now;
        const width = 24;
        const share = p.size > 0 ? Math.min(1, p.bytes / p.size) : 0;
        const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░');
        out.write(`\r${bar} ${progressLine(p)}\x1b[K`);
        drawn = true;
      },
      done() {
        if (drawn) out.write('\r\x1b[K');
      },
    };
  }
  last = Date.now();
  return {
    update(p) {
      const now = Date.now();
      if (now - last < 5000) return;
      last = now;
      out.write(`${progressLine(p)}\n`);
    },
    done() {},
  };
}
