import { describe, expect, it } from 'vitest';
import { MESSAGES, pickLang, translate } from './messages';

describe('pickLang', () => {
  it('takes ?lang= first, then the browser languages, then English', () => {
    expect(pickLang('ar', 'en-US')).toBe('ar');
    expect(pickLang(null, 'ar-SY,ar;q=0.9,en;q=0.8')).toBe('ar');
    expect(pickLang(null, 'de-DE,tr;q=0.8')).toBe('en');
    expect(pickLang('xx', 'fr')).toBe('en');
  });
});

describe('the Arabic catalogue', () => {
  it('has every English message, with the same placeholders', () => {
    for (const [key, text] of Object.entries(MESSAGES.en)) {
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(MESSAGES.ar[key as keyof typeof MESSAGES.en], key).toBeTruthy();
      expect(placeholders(MESSAGES.ar[key as keyof typeof MESSAGES.en]), key).toEqual(placeholders(text));
    }
  });
});

describe('translate', () => {
  it('fills placeholders', () => expect(translate('en', 'noSuchPlace', { id: 'paris' })).toBe('There is no place with the id “paris”.'));
});
