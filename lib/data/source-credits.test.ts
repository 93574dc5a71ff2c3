import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '@/lib/schemas/source';
import { sourceCredits } from './source-credits';

describe('sourceCredits', () => {
  it('credits each publisher once, linked to its first source, naming three outlets it cites and counting the rest', () => {
    const sources = new Map(['a', 'b', 'c'].map((id) => [id, { id, url: `https://example.org/${id}`, publisher: id === 'c' ? 'Other Wire' : 'Test Wire' } as SourceRecord]));
    const cited = [...['W', 'X', 'Y', 'Z'].map((agency, i) => ({ sourceId: i % 2 ? 'a' : 'b', attribution: agency })), { sourceId: 'c', attribution: null }];
    expect(sourceCredits(cited, sources)).toEqual([
      'Sources: <a href="https://example.org/c" target="_blank" rel="noopener noreferrer">Other Wire</a>',
      'Sources: <a href="https://example.org/a" target="_blank" rel="noopener noreferrer">Test Wire</a> (citing W, X, Y and 1 more)',
    ]);
  });

  it('escapes what it writes as HTML and leaves out sources it does not know', () => {
    const sources = new Map([['a', { id: 'a', url: 'https://example.org/?a=1&b=2', publisher: '<b>Wire</b>' } as SourceRecord]]);
    expect(sourceCredits([{ sourceId: 'a', attribution: '"AFP"' }, { sourceId: 'gone', attribution: null }], sources)).toEqual([
      'Sources: <a href="https://example.org/?a=1&#38;b=2" target="_blank" rel="noopener noreferrer">&#60;b&#62;Wire&#60;/b&#62;</a> (citing &#34;AFP&#34;)',
    ]);
  });
});
