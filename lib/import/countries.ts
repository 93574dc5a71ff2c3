import { ISO_COUNTRIES } from './country-table';
import { foldName } from './text';

/** A country as the importers know it: ISO 3166-1 codes and a name. */
export type Country = { code: string; alpha3: string; numeric: string; name: string };

/**
 * Names the datasets use that ISO's do not: UCDP writes Gleditsch–Ward names with former names in
 * brackets ("Yemen (North Yemen)"), ACLED and UNHCR their own short forms.
 */
const ALIASES: Record<string, string> = {
  turkey: 'TR', 'turkiye': 'TR', syria: 'SY', 'syrian arab rep': 'SY', iran: 'IR', russia: 'RU', 'soviet union': 'RU',
  'dr congo': 'CD', 'democratic republic of congo': 'CD', 'democratic republic of the congo': 'CD', 'dem rep of the congo': 'CD', zaire: 'CD', congo: 'CG', 'republic of congo': 'CG',
  'ivory coast': 'CI', "cote d ivoire": 'CI', 'bosnia herzegovina': 'BA', 'bosnia and herzegovina': 'BA', 'macedonia fyr': 'MK', macedonia: 'MK', 'north macedonia': 'MK',
  'kingdom of eswatini': 'SZ', eswatini: 'SZ', swaziland: 'SZ', laos: 'LA', vietnam: 'VN', 'north vietnam': 'VN', 'south korea': 'KR', 'north korea': 'KP',
  tanzania: 'TZ', 'united republic of tanzania': 'TZ', bolivia: 'BO', venezuela: 'VE', moldova: 'MD', 'united states of america': 'US', 'united states': 'US', usa: 'US',
  'united kingdom': 'GB', uk: 'GB', palestine: 'PS', 'state of palestine': 'PS', kosovo: 'XK', 'cape verde': 'CV', 'east timor': 'TL', 'timor leste': 'TL',
  burma: 'MM', myanmar: 'MM', kampuchea: 'KH', cambodia: 'KH', rhodesia: 'ZW', malagasy: 'MG', yugoslavia: 'RS', serbia: 'RS', 'serbia and montenegro': 'RS',
  'czech republic': 'CZ', czechia: 'CZ', brunei: 'BN', 'the gambia': 'GM', gambia: 'GM', 'the bahamas': 'BS', 'central african rep': 'CF', 'dominican rep': 'DO',
  'lao people s dem rep': 'LA', 'rep of korea': 'KR', 'dem people s rep of korea': 'KP', 'iran islamic rep of': 'IR', 'china hong kong sar': 'HK', 'china macao sar': 'MO',
  'rep of moldova': 'MD', 'venezuela bolivarian republic of': 'VE', 'bolivia plurinational state of': 'BO', 'united kingdom of great britain and northern ireland': 'GB',
  'united states of america the': 'US', 'micronesia federated states of': 'FM', 'curacao': 'CW', 'sint maarten dutch part': 'SX', 'holy see': 'VA', 'vatican': 'VA',
  'north yemen': 'YE', 'south yemen': 'YE', 'yemen': 'YE', 'german federal republic': 'DE', 'german democratic republic': 'DE', 'east germany': 'DE', 'west germany': 'DE',
};

const byCode = new Map<string, Country>();
const byName = new Map<string, Country>();
for (const [code, alpha3, numeric, name, official] of ISO_COUNTRIES) {
  const c = { code, alpha3, numeric, name };
  byCode.set(code, c).set(alpha3, c).set(numeric, c);
  byName.set(foldName(name), c);
  if (official) byName.set(foldName(official), c);
}
byCode.set('XK', { code: 'XK', alpha3: 'XKX', numeric: '', name: 'Kosovo' });
byCode.set('XKX', byCode.get('XK')!);
for (const [alias, code] of Object.entries(ALIASES)) byName.set(foldName(alias), byCode.get(code)!);

/** A country by ISO alpha-2, alpha-3 or numeric code ("SY", "SYR", "760" or 760). */
export function countryByCode(code: string): Country | undefined {
  const c = code.trim().toUpperCase();
  return byCode.get(/^\d+$/.test(c) ? c.padStart(3, '0') : c);
}

/** A country by a dataset's name for it ("Syria", "Yemen (North Yemen)", "Türkiye"); bracketed former names are tried too. */
export function countryByName(name: string): Country | undefined {
  const folded = foldName(name);
  const hit = byName.get(folded);
  if (hit) return hit;
  const outside = foldName(name.replace(/\([^)]*\)/g, ' '));
  const inside = /\(([^)]*)\)/.exec(name)?.[1];
  return byName.get(outside) ?? (inside ? byName.get(foldName(inside)) : undefined);
}
