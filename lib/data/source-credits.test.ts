import { describe, expect, it } from 'vitest';
import { realDataFiles } from '@/tests/fixtures/data-files';
import { buildDataset } from './dataset';
import { sourceCredits } from './source-credits';

describe('sourceCredits', () => {
  it('credits each cited source with a link and the outlets it credits, events, areas and flows alike', () => {
    const [credit] = sourceCredits(buildDataset(realDataFiles()));
    expect(credit).toMatch(/^Sources: <a href="https:\/\/www\.firstpost\.com\/[^"]+" target="_blank" rel="noopener noreferrer">Firstpost<\/a> \(citing AFP, United Nations \(UN\) figures\)$/);
  });
});
