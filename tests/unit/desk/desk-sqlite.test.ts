// The desk's API on the embedded store (a SQLite file of this test file's own, seeded from data/).
import { afterAll } from 'vitest';
import { getStore } from '@/lib/store';
import { authSuite } from './auth.suite';
import { claimsSuite } from './claims.suite';
import { uploadSuite } from './upload.suite';
import { mapsSuite } from './maps.suite';
import { kindsSuite } from './kinds.suite';
import { importsSuite } from './imports.suite';

afterAll(async () => (await getStore()).close());
authSuite('sqlite');
claimsSuite();
uploadSuite();
mapsSuite();
kindsSuite();
importsSuite();
