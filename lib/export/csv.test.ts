import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './csv';

describe('csvCell', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    for (const hostile of ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(csvCell(hostile).replace(/^"/, '').startsWith("'")).toBe(true);
    }
  });

  it('leaves numbers, negative ones too, as numbers', () => {
    expect(csvCell(-3.25)).toBe('-3.25');
    expect(csvCell('-3.25')).toBe('-3.25');
    expect(csvCell(0)).toBe('0');
  });

  it('quotes cells with quotes, commas and line ends, doubling the quotes (RFC 4180)', () => {
    const row = csvRow(['a "quoted" word', 'one, two', 'line\nbreak', 'plain', undefined]);
    expect(row).toBe('"a ""quoted"" word","one, two","line\nbreak",plain,\r\n');
    expect(parse(row)).toEqual([['a "quoted" word', 'one, two', 'line\nbreak', 'plain', '']]);
  });
});
