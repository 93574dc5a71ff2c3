const PORT = Number(process.env.E2E_PORT ?? 3100);

/** The two instances on one PostgreSQL database (tests/e2e/pg-instances.mjs), when TEST_DATABASE_URL names one. */
export const PG_INSTANCES = process.env.TEST_DATABASE_URL
  ? { a: `http://localhost:${PORT + 2}`, b: `http://localhost:${PORT + 3}`, env: { DATABASE_URL: process.env.TEST_DATABASE_URL, DATABASE_SCHEMA: 'e2e_live' } }
  : null;
