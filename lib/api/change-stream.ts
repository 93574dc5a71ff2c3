import type { Change } from '@/lib/store/backend';
import type { Store } from '@/lib/store';

/** How often a quiet stream sends a comment line, so proxies and browsers keep it open. */
export const HEARTBEAT_MS = 15_000;
/** How much a stream may hold for a reader that does not read, before it is closed (the browser reconnects and resumes). */
const MAX_QUEUED_BYTES = 64 * 1024;

const encoder = new TextEncoder();
const frame = (c: Change) => `id: ${c.version}\nevent: change\ndata: ${JSON.stringify({ version: c.version, kinds: c.kinds, at: c.at })}\n\n`;

/** The version a reconnecting reader last saw: the Last-Event-ID header, or `since` in the query. */
export function resumeFrom(request: Request): number | null {
  const raw = request.headers.get('last-event-id') ?? new URL(request.url).searchParams.get('since');
  return raw !== null && /^\d{1,15}$/.test(raw) ? Number(raw) : null;
}

/**
 * GET /api/changes: a Server-Sent Events stream that tells a reader each new version of the data
 * and what kinds of things changed. It starts with a `version` event; a reader resuming with
 * Last-Event-ID first gets the changes it missed. Each stream holds one subscription and a
 * bounded queue; a closed or stalled stream lets both go.
 */
export function changeStream(store: Store, request: Request, heartbeatMs = HEARTBEAT_MS): Response {
  const since = resumeFrom(request);
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      const send = (text: string) => {
        if (closed) return;
        if ((controller.desiredSize ?? 0) < -MAX_QUEUED_BYTES) return cleanup();
        controller.enqueue(encoder.encode(text));
      };
      let last = since ?? store.version;
      const onChange = (c: Change) => {
        if (c.version <= last) return;
        last = c.version;
        send(frame(c));
      };
      const unsubscribe = store.subscribe(onChange);
      const heartbeat = setInterval(() => send(': heartbeat\n\n'), heartbeatMs);
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed by the reader.
        }
      };
      request.signal.addEventListener('abort', cleanup);
      send(`retry: 3000\nevent: version\ndata: ${JSON.stringify({ version: store.version })}\n\n`);
      if (since !== null && since < store.version) for (const c of await store.changesSince(since)) onChange(c);
    },
    cancel() {
      cleanup();
    },
  }, { highWaterMark: MAX_QUEUED_BYTES, size: (chunk) => chunk.byteLength });
  return new Response(stream, {
    headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no', Connection: 'keep-alive' },
  });
}
