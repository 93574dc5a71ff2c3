import { describe, expect, it } from 'vitest';
import type { PlaceRecord } from '@/lib/schemas/place';
import type { Situation } from '@/lib/schemas/situation';
import { placePreviewText, shareText } from './share-text';

const situation = {
  title: { en: 'Aleppo, Damascus, Ankara (Nov–Dec 2024)', ar: 'حلب ودمشق وأنقرة' },
  subtitle: { en: 'Syria and Turkey, 25 November – 2 December 2024', ar: 'سوريا وتركيا' },
} as Situation;
const aleppo = { id: 'aleppo', name: 'Aleppo', names: { ar: 'حلب' }, country: 'SY', countryName: 'Syria', coordinates: [37.16, 36.2] } as PlaceRecord;
const counts = new Map([['aleppo', 2]]);

describe('shareText', () => {
  it('describes the whole map by its subtitle and what every claim carries', () => {
    const { title, description } = shareText(situation, 'en', undefined, counts);
    expect(title).toBe('Situation map: Syria and Turkey, 25 November – 2 December 2024');
    expect(description).toMatch(/^Syria and Turkey, 25 November – 2 December 2024\. Sourced events/);
  });

  it('puts a deep link\'s place and its event count first, in the reader\'s language', () => {
    expect(shareText(situation, 'en', aleppo, counts).description).toMatch(/^Aleppo: 2 events, Syria and Turkey/);
    expect(shareText(situation, 'ar', aleppo, counts).title).toMatch(/^حلب · /);
  });
});

describe('placePreviewText', () => {
  it('names the place and its country on a place\'s preview', () => {
    expect(placePreviewText(situation, aleppo, counts)).toEqual({ title: 'Aleppo, Syria', subtitle: '2 events · Syria and Turkey, 25 November – 2 December 2024' });
  });
});
