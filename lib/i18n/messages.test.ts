import { describe, expect, it } from 'vitest';
import { eventCount, MESSAGES, pickLang, translate } from './messages';

describe('pickLang', () => {
  it('takes ?lang= first, then the browser languages, then English', () => {
    expect(pickLang('ar', 'en-US')).toBe('ar');
    expect(pickLang(null, 'ar-SY,ar;q=0.9,en;q=0.8')).toBe('ar');
    expect(pickLang(null, 'de-DE,tr;q=0.8')).toBe('en');
    expect(pickLang('xx', 'fr')).toBe('en');
  });
  it('weighs the browser languages by q, and never picks one it refuses (q=0)', () => {
    expect(pickLang(null, 'ar;q=0, en')).toBe('en');
    expect(pickLang(null, 'en;q=0.3, ar;q=0.8')).toBe('ar');
  });
});

describe('eventCount', () => {
  it('uses each language\'s plural forms', () => {
    expect([1, 2, 11].map((n) => eventCount('en', n))).toEqual(['1 event', '2 events', '11 events']);
    expect([0, 1, 2, 3, 11, 100].map((n) => eventCount('ar', n))).toEqual(['لا أحداث', 'حدث واحد', 'حدثان', '٣ أحداث', '١١ حدثًا', '١٠٠ حدث']);
  });
});

describe('the Arabic catalogue', () => {
  it('has every English message, with the same placeholders', () => {
    // Plural forms may spell the number out ("حدثان", two events), so they may leave out {n}.
    for (const [key, text] of Object.entries(MESSAGES.en).filter(([k]) => !k.startsWith('events_'))) {
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(MESSAGES.ar[key as keyof typeof MESSAGES.en], key).toBeTruthy();
      expect(placeholders(MESSAGES.ar[key as keyof typeof MESSAGES.en]), key).toEqual(placeholders(text));
    }
  });
});

describe('translate', () => {
  it('fills placeholders', () => expect(translate('en', 'noSuchPlace', { id: 'paris' })).toBe('There is no place with the id “paris”.'));
});
