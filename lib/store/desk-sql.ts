/**
 * SQL on the store's own database for the desk's tables (migration 6), written once with `?`
 * placeholders for either back end; the back end turns them into its own ($1 for PostgreSQL).
 */
export type DeskSql = {
  /** Rows of a query. */
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a statement; how many rows it changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
};

/** What the desk needs of a back end: its SQL, and the connection its sign-in library is given (a better-sqlite3 Database or a pg Pool). */
export type DeskConnection = { sql: DeskSql; authDatabase: unknown };

/** `?` placeholders as PostgreSQL's numbered ones. */
export const dollarPlaceholders = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};
