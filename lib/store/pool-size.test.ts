import { describe, expect, it } from 'vitest';
import { defaultPoolSize, poolSize } from './postgres';

describe("how many connections a PostgreSQL instance's readers hold", () => {
  it('one more than the cores, at most 10', () => {
    expect([1, 2, 3, 8, 9, 64].map((cores) => defaultPoolSize(cores))).toEqual([2, 3, 4, 9, 10, 10]);
    expect(poolSize(undefined, 2)).toBe(3);
    expect(poolSize(' ', 8)).toBe(9);
  });
  it('DATABASE_POOL_MAX decides when set; anything else is refused by name', () => {
    expect(poolSize('1', 8)).toBe(1);
    expect(poolSize('40', 2)).toBe(40);
    for (const bad of ['ten', '0', '-1', '2.5', '101']) expect(() => poolSize(bad, 2)).toThrow(/DATABASE_POOL_MAX must be a whole number from 1 to 100, not/);
  });
});
