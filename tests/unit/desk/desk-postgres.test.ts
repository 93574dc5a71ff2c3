// The desk's API on PostgreSQL: a schema of its own in TEST_DATABASE_URL, dropped at the end.
// Without TEST_DATABASE_URL it is skipped, saying so; under CI it fails instead.
import pg from 'pg';
import { afterAll, describe, it } from 'vitest';
import { getStore } from '@/lib/store';
import { authSuite } from './auth.suite';
import { claimsSuite } from './claims.suite';
import { uploadSuite } from './upload.suite';
import { mapsSuite } from './maps.suite';
import { kindsSuite } from './kinds.suite';
import { importsSuite } from './imports.suite';

const URL_ = process.env.TEST_DATABASE_URL;
const IN_CI = !!process.env.CI && !['0', 'false'].includes(process.env.CI.toLowerCase());
const SCHEMA = `desk_${process.pid}_${Date.now().toString(36)}`;

if (URL_) {
  // Read by getStore() on its first call, after this module has run.
  process.env.DATABASE_URL = URL_;
  process.env.DATABASE_SCHEMA = SCHEMA;
  afterAll(async () => {
    await (await getStore()).close();
    const c = new pg.Client(URL_);
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await c.end();
  });
  authSuite('postgres');
  claimsSuite();
  uploadSuite();
  mapsSuite();
  kindsSuite();
  importsSuite();
} else if (IN_CI) {
  describe('desk on postgres', () => it('runs in CI: TEST_DATABASE_URL must be set', () => {
    throw new Error('TEST_DATABASE_URL is not set under CI: the PostgreSQL half of the desk tests would be skipped');
  }));
} else {
  console.warn('desk API: TEST_DATABASE_URL is not set, so the PostgreSQL half is skipped (export TEST_DATABASE_URL=$(scripts/pg-cluster.sh start))');
  describe.skip('desk on postgres (skipped: TEST_DATABASE_URL is not set)', () => it('is skipped', () => undefined));
}
