import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, expectError, type Handler } from './desk-client';

const DESK = path.resolve(import.meta.dirname, '../../../app/api/desk');
const routeFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? routeFiles(path.join(dir, d.name)) : d.name === 'route.ts' ? [path.join(dir, d.name)] : []));

describe('the desk API', () => {
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
