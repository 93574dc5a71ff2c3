import { describe, expect, it } from 'vitest';
import { realDataFiles } from '@/tests/fixtures/data-files';
import { buildDataset } from './dataset';
import { sourceCredits } from './source-credits';
import type { Dataset } from './dataset';

describe('sourceCredits', () => {
  it('credits each cited source with a link and the outlets it credits, events, areas and flows alike', () => {
    const [credit] = sourceCredits(buildDataset(realDataFiles()));
    expect(credit).toMatch(/^Sources: <a href="https:\/\/www\.firstpost\.com\/[^"]+" target="_blank" rel="noopener noreferrer">Firstpost<\/a> \(citing AFP, United Nations \(UN\) figures\)$/);
  });
});

describe('sourceCredits at scale', () => {
  it('credits each publisher once, naming three outlets it cites and counting the rest', () => {
    const sources = new Map(
      ['a', 'b', 'c'].map((id) => [id, { id, url: `https://example.org/${id}`, publisher: id === 'c' ? 'Other Wire' : 'Test Wire' }]),
    );
    const events = ['W', 'X', 'Y', 'Z'].map((agency, i) => ({ sources: [{ sourceId: i % 2 ? 'a' : 'b', attribution: agency, quote: `${agency} said so` }] }));
    const data = { sources, events: [...events, { sources: [{ sourceId: 'c', quote: 'nothing credited' }] }], periodsByArea: new Map(), flows: [] } as unknown as Dataset;
    expect(sourceCredits(data)).toEqual([
      'Sources: <a href="https://example.org/b" target="_blank" rel="noopener noreferrer">Test Wire</a> (citing W, X, Y and 1 more)',
      'Sources: <a href="https://example.org/c" target="_blank" rel="noopener noreferrer">Other Wire</a>',
    ]);
  });
});
