import { describe, expect, it } from 'vitest';
import { tempFile } from '@/tests/fixtures/import-store';
import { detectDelimiter, openCsv } from './csv-reader';
import { jsonItems } from './json-items';

async function rowsOf(text: string | Buffer, name = 'f.csv') {
  const csv = await openCsv(tempFile(name, text), name);
  const rows = [];
  for await (const r of csv.rows) rows.push(r);
  return { csv, rows };
}

describe('openCsv', () => {
  it('reads a file as Excel saves it: a byte-order mark, ";" separators, CRLF and a quoted cell with a newline', async () => {
    const { csv, rows } = await rowsOf(Buffer.from('\uFEFFid;note;lat\r\n1;"two\r\nlines; and ""quotes""";36,2\r\n2;plain;35.1\r\n'));
    expect(csv.columns).toEqual(['id', 'note', 'lat']);
    expect(csv.delimiter).toBe(';');
    expect(rows.map((r) => r.cells)).toEqual([
      { id: '1', note: 'two\r\nlines; and "quotes"', lat: '36,2' },
      { id: '2', note: 'plain', lat: '35.1' },
    ]);
  });

  it('numbers rows as a spreadsheet does: the header is row 1, a cell with newlines is one row, a blank line is a row', async () => {
    const { rows } = await rowsOf('a,b\n1,"x\ny\nz"\n\n3,w\n');
    expect(rows.map((r) => [r.row, r.cells.a])).toEqual([
      [2, '1'],
      [4, '3'],
    ]);
  });

  it('leaves out columns with an empty name (old exports end in empty columns) and flags rows with more cells than names', async () => {
    const { csv, rows } = await rowsOf('a,b,,\n1,2,,\n3,4,5,\n6\n');
    expect(csv.columns).toEqual(['a', 'b']);
    expect(rows[0].problem).toBeUndefined();
    expect(rows[1].problem).toBe('has a value in columns the header does not name');
    expect(rows[2].problem).toMatch(/^has 1 cells, the header names 4 columns/);
  });

  it('refuses an empty file and a header that names a column twice', async () => {
    await expect(openCsv(tempFile('empty.csv', ''), 'empty.csv')).rejects.toThrow('empty.csv: file: is empty');
    await expect(openCsv(tempFile('twice.csv', 'a,b,a\n1,2,3\n'), 'twice.csv')).rejects.toThrow('twice.csv: row 1: the column "a" is named twice');
  });

  it('reads a header with no rows as no rows', async () => {
    expect((await rowsOf('a,b\n')).rows).toEqual([]);
  });

  it('tells the separator from the header, outside quotes', () => {
    expect(detectDelimiter('"a,b";c;d')).toBe(';');
    expect(detectDelimiter('a,b,c')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
  });
});

async function itemsOf(text: string, key: string | null) {
  const json = await jsonItems(tempFile('f.json', text), 'f.json', key);
  const out = [];
  for await (const i of json.items) out.push(i);
  return out;
}

describe('jsonItems', () => {
  it('streams the objects of the array under a key, whatever their strings hold', async () => {
    const items = await itemsOf('{"TotalCount": 2, "Other": [{"x": 1}], "Result": [{"a": "}{][\\"", "b": {"c": [1, 2]}}, {"a": "\\u00e9"}], "Tail": {}}', 'Result');
    expect(items.map((i) => [i.at, i.value])).toEqual([
      ['Result[0]', { a: '}{]["', b: { c: [1, 2] } }],
      ['Result[1]', { a: 'é' }],
    ]);
  });

  it('reads items larger than a chunk, cut across chunks', async () => {
    const big = 'x'.repeat(700_000);
    const items = await itemsOf(JSON.stringify({ items: [{ s: big }, { s: 'small' }] }), 'items');
    expect(items.map((i) => (i.value as { s: string }).s.length)).toEqual([700_000, 5]);
  });

  it('reads a top-level array when no key is given', async () => {
    expect((await itemsOf('[{"a":1},{"a":2}]', null)).length).toBe(2);
  });

  it('says what is wrong with a file that is not what is asked', async () => {
    await expect(itemsOf('id,name\n1,x\n', 'Result')).rejects.toThrow('f.json: file: is not JSON (it does not start with { or [)');
    await expect(itemsOf('{"items": []}', 'Result')).rejects.toThrow('f.json: file: has no array under "Result"');
    await expect(itemsOf('{"Result": [{"a": 1}, {"a": ', 'Result')).rejects.toThrow('f.json: file: ends in the middle of a JSON value (cut short?)');
    await expect(itemsOf('{"Result": [1, 2]}', 'Result')).rejects.toThrow('f.json: Result[0]: is not an object');
  });
});
