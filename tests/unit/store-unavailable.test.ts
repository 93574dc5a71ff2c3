import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A port where nothing answers: the store's PostgreSQL cannot be reached. This file runs in a
// process of its own (vitest isolates files), so the process's store is opened here, on this URL.
let closedPort = 0;
beforeAll(async () => {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closedPort = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  process.env.DATABASE_URL = `postgres://postgres@127.0.0.1:${closedPort}/situation`;
});
afterAll(() => {
  delete process.env.DATABASE_URL;
  delete process.env.DATABASE_SCHEMA;
});

describe('when the database cannot be reached', () => {
  it.each(['/api/places', '/api/events?place=aleppo', '/api/places/counts', '/api/control', '/api/flows', '/api/itineraries', '/api/situation', '/api/changes'])('%s answers 503 with the error shape and Retry-After', async (path) => {
    const handlers = {
      '/api/places': () => import('@/app/api/places/route'),
      '/api/events': () => import('@/app/api/events/route'),
      '/api/places/counts': () => import('@/app/api/places/counts/route'),
      '/api/control': () => import('@/app/api/control/route'),
      '/api/flows': () => import('@/app/api/flows/route'),
      '/api/itineraries': () => import('@/app/api/itineraries/route'),
      '/api/situation': () => import('@/app/api/situation/route'),
      '/api/changes': () => import('@/app/api/changes/route'),
    } as const;
    const { GET } = await handlers[path.split('?')[0] as keyof typeof handlers]();
    const res = await (GET as (r: Request, c: undefined) => Promise<Response>)(new Request(`http://localhost${path}`), undefined);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ error: { code: 'store_unavailable', message: 'The data cannot be read just now; try again shortly.' } });
  });
});

describe('when the database comes back', () => {
  const target = process.env.TEST_DATABASE_URL;
  it.skipIf(!target)('the same process answers again, with no restart', async () => {
    const { GET } = await import('@/app/api/places/route');
    expect((await GET(new Request('http://localhost/api/places'), undefined)).status).toBe(503);
    // The database "returns" on the port the app was given: a relay to the test server.
    const { hostname, port } = new URL(target!);
    const relay = net.createServer((client) => {
      const server = net.connect(Number(port), hostname);
      client.pipe(server).pipe(client);
      client.on('error', () => server.destroy());
      server.on('error', () => client.destroy());
    });
    await new Promise<void>((resolve) => relay.listen(closedPort, '127.0.0.1', resolve));
    process.env.DATABASE_URL = `postgres://${new URL(target!).username}@127.0.0.1:${closedPort}${new URL(target!).pathname}`;
    process.env.DATABASE_SCHEMA = 'store_returns_test';
    const pg = (await import('pg')).default;
    const admin = new pg.Client({ connectionString: target });
    await admin.connect();
    await admin.query('DROP SCHEMA IF EXISTS store_returns_test CASCADE');
    try {
      const res = await GET(new Request('http://localhost/api/places'), undefined);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { features: unknown[] }).features).toHaveLength(3);
    } finally {
      const { getStore } = await import('@/lib/store');
      await (await getStore()).close();
      await admin.query('DROP SCHEMA IF EXISTS store_returns_test CASCADE');
      await admin.end();
      await new Promise((resolve) => relay.close(resolve));
    }
  }, 60_000);
});
