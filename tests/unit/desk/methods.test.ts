import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, expectError, type Handler } from './desk-client';

const DESK = path.resolve(import.meta.dirname, '../../../app/api/desk');
const routeFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? routeFiles(path.join(dir, d.name)) : d.name === 'route.ts' ? [path.join(dir, d.name)] : []));

/** The two routes anyone may call: signing in and accepting an invitation (each checks what it is sent). */
const OPEN = new Set(['POST session', 'POST invites/accept']);
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const nameOf = (file: string) => path.relative(DESK, path.dirname(file)).split(path.sep).join('/');
const params = { id: 'some-id', action: 'publish' };

describe('the desk API', () => {
  it('answers 401 to every method of every route without a session, but signing in and accepting an invitation', async () => {
    for (const file of routeFiles(DESK)) {
      const route = (await import(/* @vite-ignore */ file)) as Record<string, Handler>;
      for (const method of METHODS) {
        const answer = await call(route[method], method, `/api/desk/${nameOf(file)}`, { body: method === 'GET' ? undefined : {}, params });
        if (answer.status === 405) continue;
        if (OPEN.has(`${method} ${nameOf(file)}`)) expectError(answer, 400, 'invalid_field');
        else expectError(answer, 401, 'not_signed_in', 'session');
      }
    }
  });

  it('refuses every write of every route from another site before anything else', async () => {
    for (const file of routeFiles(DESK)) {
      const route = (await import(/* @vite-ignore */ file)) as Record<string, Handler>;
      for (const method of METHODS.filter((m) => m !== 'GET')) {
        const answer = await call(route[method], method, `/api/desk/${nameOf(file)}`, { body: {}, params, origin: 'https://evil.example' });
        if (answer.status !== 405) expectError(answer, 403, 'cross_site_refused', 'Origin');
      }
    }
  });

  it('answers every method a route does not take with a JSON 405 naming the ones it does', async () => {
    const files = routeFiles(DESK);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const route = (await import(/* @vite-ignore */ file)) as Record<string, Handler>;
      const refused = [];
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
        const answer = await call(route[method], method, '/api/desk/x', { body: method === 'GET' ? undefined : {} });
        if (answer.status !== 405) continue;
        expectError(answer, 405, 'method_not_allowed');
        refused.push(method);
        expect(answer.headers.get('allow'), file).toBeTruthy();
      }
      expect(refused.length, `${file} refuses some methods`).toBeGreaterThan(0);
    }
  });
});
