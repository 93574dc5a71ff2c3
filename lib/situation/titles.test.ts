import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBED_TITLE } from '@/lib/embed/embed-code';
import { parseSituation } from '@/lib/schemas/situation';
import { embedTitle, pageTitle } from './titles';

const situation = parseSituation(readFileSync(path.join(process.cwd(), 'data', 'situation.json'), 'utf8'));

describe('situation titles', () => {
  it('name the page by the app and the situation\'s subtitle, in each language', () => {
    expect(pageTitle(situation, 'en')).toBe('Situation map: Syria and Turkey, 25 November – 2 December 2024');
    expect(pageTitle(situation, 'ar')).toBe('خريطة الوضع: سوريا وتركيا، ٢٥ تشرين الثاني – ٢ كانون الأول ٢٠٢٤');
  });

  // The oEmbed route and discovery still name the embed by EMBED_TITLE: the data must agree with it until they read getSituation().
  it('name the embed as the oEmbed answer does', () => expect(embedTitle(situation)).toBe(EMBED_TITLE));
});
