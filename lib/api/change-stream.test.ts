import { describe, expect, it } from 'vitest';
import { readSeed } from '@/lib/store/seed';
import { storeFrom } from '@/tests/fixtures/data-files';
import { changeStream } from './change-stream';

/** Reads a stream's text until `done` says it has what it waits for. */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, done: (text: string) => boolean): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  while (!done(text)) {
    const { value, done: ended } = await reader.read();
    if (ended) break;
    text += decoder.decode(value);
  }
  return text;
}

/** The real Aleppo capture event, changed in its summary: a write that changes one event. */
function editedCapture(summary: string) {
  const seed = readSeed();
  const capture = seed.events!.find((i) => i.value.id === 'aleppo-captured')!;
  return { events: [{ at: { file: 'test', record: 'events[0]' }, value: { ...capture.value, summary } }] };
}

describe('changeStream', () => {
  it('opens with the current version, then sends each change with its id and kinds', async () => {
    const store = await storeFrom();
    const controller = new AbortController();
    const res = changeStream(store, new Request('http://localhost/api/changes', { signal: controller.signal }));
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const reader = res.body!.getReader();
    expect(await readUntil(reader, (t) => t.includes('\n\n'))).toBe('retry: 3000\nevent: version\ndata: {"version":1}\n\n');
    await store.write(editedCapture('Changed while a reader watched.'));
    const frame = await readUntil(reader, (t) => t.includes('event: change'));
    expect(frame).toMatch(/^id: 2\nevent: change\ndata: \{"version":2,"kinds":\["events","places"\],"at":"[^"]+"\}\n\n$/);
    controller.abort();
    await store.close();
  });

  it('sends a reader resuming with Last-Event-ID the changes it missed', async () => {
    const store = await storeFrom();
    await store.write(editedCapture('First change.'));
    await store.write(editedCapture('Second change.'));
    const controller = new AbortController();
    const res = changeStream(store, new Request('http://localhost/api/changes', { headers: { 'Last-Event-ID': '1' }, signal: controller.signal }));
    const text = await readUntil(res.body!.getReader(), (t) => t.includes('id: 3'));
    expect(text.match(/^id: \d+$/gm)).toEqual(['id: 2', 'id: 3']);
    controller.abort();
    await store.close();
  });

  it('lets its subscription go when the reader leaves', async () => {
    const store = await storeFrom();
    const controller = new AbortController();
    const res = changeStream(store, new Request('http://localhost/api/changes', { signal: controller.signal }));
    await readUntil(res.body!.getReader(), (t) => t.includes('\n\n'));
    expect(store.subscribers).toBe(1);
    controller.abort();
    expect(store.subscribers).toBe(0);
    await store.close();
  });

  it('sends heartbeats on a quiet stream', async () => {
    const store = await storeFrom();
    const controller = new AbortController();
    const res = changeStream(store, new Request('http://localhost/api/changes', { signal: controller.signal }), 20);
    expect(await readUntil(res.body!.getReader(), (t) => t.includes(': heartbeat'))).toContain(': heartbeat\n\n');
    controller.abort();
    await store.close();
  });

  it('serves many readers at once, each the same change, and lets them all go', async () => {
    const store = await storeFrom();
    const readers = Array.from({ length: 300 }, () => {
      const controller = new AbortController();
      const reader = changeStream(store, new Request('http://localhost/api/changes', { signal: controller.signal })).body!.getReader();
      return { controller, reader };
    });
    await Promise.all(readers.map(({ reader }) => readUntil(reader, (t) => t.includes('\n\n'))));
    expect(store.subscribers).toBe(300);
    await store.write(editedCapture('Seen by every reader.'));
    const frames = await Promise.all(readers.map(({ reader }) => readUntil(reader, (t) => t.includes('event: change'))));
    expect(new Set(frames.map((f) => f.split('\n')[0]))).toEqual(new Set(['id: 2']));
    readers.forEach(({ controller }) => controller.abort());
    expect(store.subscribers).toBe(0);
    await store.close();
  });
});
