import { describe, expect, it } from 'vitest';
import { nameIndex } from './search';

const towns = [
  { name: 'Saraqib', names: ['Saraqib', 'سراقب'], population: 30000 },
  { name: 'Idlib', names: ['Idlib', 'İdlib', 'إدلب'], population: 128840 },
  { name: 'Kafr Idlib', names: ['Kafr Idlib'], population: 1000 },
  { name: 'Idlibiya', names: ['Idlibiya'], population: 500 },
  { name: 'Big Idlib suburb', names: ['Ma‘arat Idlib'], population: 200000 },
];
const index = nameIndex(towns, (t) => t.names, (t) => t.population);
const names = (q: string) => index.search(q, 10).map((r) => r.item.name);

describe('nameIndex', () => {
  it('ranks the same name first, then names or words starting so (the more populous first), then names holding it', () => {
    expect(names('idlib')).toEqual(['Idlib', 'Big Idlib suburb', 'Kafr Idlib', 'Idlibiya']);
    expect(names('dlib')).toEqual(['Big Idlib suburb', 'Idlib', 'Kafr Idlib', 'Idlibiya']);
    expect(index.search('idli', 10).map((r) => r.rank)).toEqual([1, 1, 1, 1]);
  });

  it('matches an Arabic name written with a bare alef, and says which name answered', () => {
    expect(index.search('ادلب', 10).map((r) => [r.item.name, r.matched])).toEqual([['Idlib', 'إدلب']]);
  });

  it('answers nothing to a query that folds to nothing', () => {
    expect(names('ـ')).toEqual([]);
  });

  it('gives at most the limit', () => {
    expect(index.search('i', 2)).toHaveLength(2);
  });
});
