import { describe, expect, it } from 'vitest';
import { arabicNameOf, foldName, keptNames, matchRank } from './names';

describe('foldName', () => {
  it('drops case and accents, Turkish dotted and dotless i alike', () => {
    expect(foldName('İdlib')).toBe('idlib');
    expect(foldName('Aleppó')).toBe('aleppo');
    expect(foldName('Kırıkhan')).toBe('kirikhan');
  });

  it('makes the forms of alef one letter', () => {
    for (const n of ['إدلب', 'أدلب', 'آدلب', 'ٱدلب']) expect(foldName(n)).toBe(foldName('ادلب'));
  });

  it('reads taa marbuta as haa and alef maqsura as yaa', () => {
    expect(foldName('الرقة')).toBe(foldName('الرقه'));
    expect(foldName('مصطفى')).toBe(foldName('مصطفي'));
  });

  it('drops tatweel, short vowels and shadda', () => {
    expect(foldName('حـلـب')).toBe('حلب');
    expect(foldName('حَلَب')).toBe('حلب');
    expect(foldName('الرَّقَّة')).toBe(foldName('الرقة'));
  });

  it('drops transliteration marks and reads hyphens as spaces', () => {
    expect(foldName('Tall Rif‘at')).toBe('tall rifat');
    expect(foldName("Ma'arrat an-Nu`man")).toBe('maarrat an numan');
  });
});

describe('matchRank', () => {
  it('ranks the same name before a start before a part', () => {
    expect(matchRank('idlib', 'idlib')).toBe(0);
    expect(matchRank('idlib', 'idl')).toBe(1);
    expect(matchRank('tall rifat', 'rif')).toBe(1);
    expect(matchRank('idlib', 'dli')).toBe(2);
    expect(matchRank('idlib', 'homs')).toBeNull();
  });
});

describe('keptNames', () => {
  it('keeps names in the region\'s scripts, not machine romanisations, codes or other scripts', () => {
    expect(keptNames('Aleppo', ['ALP', 'Alep', 'a lei po', 'Халеб', 'حلب', 'חאלב', 'アレッポ', 'Aleppo'])).toEqual(['Aleppo', 'Alep', 'حلب', 'חאלב']);
  });
});

describe('arabicNameOf', () => {
  it('takes the shortest name in the Arabic alphabet, not a district\'s', () => {
    expect(arabicNameOf(['Idlib', 'إدلب', 'ادلب', 'محافظة إدلب'])).toBe('إدلب');
  });

  it('takes no name with Persian or Kurdish letters', () => {
    expect(arabicNameOf(['Gaziantep', 'غازیانتپ'])).toBeUndefined();
  });
});
