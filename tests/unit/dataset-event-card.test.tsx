import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/i18n/i18n-provider';
import { EventCard } from '@/components/panel/event-card';
import type { EventFeature } from '@/lib/data/features';
import { datasetLine, deathsLine, locationLine } from '@/lib/i18n/event-words';
import { translate, type Lang } from '@/lib/i18n/messages';

const t = (lang: Lang) => (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(lang, key, values);
/** Without the bidi isolates (FSI…PDI) that keep data text in order inside Arabic sentences. */
const plain = (s: string | undefined) => s?.replace(/[\u2068\u2069]/g, '');

const ucdpSource = {
  sourceId: 'ucdp-ged-23-1', url: 'https://ucdp.uu.se/downloads/', publisher: 'Uppsala Conflict Data Program (UCDP)', title: 'UCDP GED', published: '2026-12-01',
  language: 'en', quote: 'id: 123456, where_prec: 4, best: 12', version: '23.1', licence: { name: 'CC BY 4.0' },
};

const event = (over: Partial<EventFeature['properties']>): EventFeature => ({
  type: 'Feature', id: 'ucdp-ged-123456', geometry: { type: 'Point', coordinates: [36.7, 34.7] },
  properties: {
    date: '2012-05-01', dateEnd: '2012-05-31', datePrecision: 'month', dateText: 'date_start: 2012-05-01', placeId: 'homs-governorate', placeName: 'Homs governorate',
    category: 'military', status: 'reported', title: 'Government of Syria – Civilians, Homs governorate', summary: 'One-sided violence.',
    locationPrecision: 'province', fatalities: { low: 10, best: 12, high: 15 },
    dataset: { name: 'UCDP GED', type: 'one-sided violence', rowId: '123456', citation: 'SOHR; Liveuamap' },
    actors: [], sources: [ucdpSource], ...over,
  },
});

describe('datasetLine', () => {
  it('names the dataset with its release and the dataset’s own citation', () => {
    expect(datasetLine({ name: 'UCDP GED', rowId: '1', citation: 'SOHR; Liveuamap' }, [ucdpSource], t('en'))).toBe('UCDP GED 23.1, citing SOHR; Liveuamap');
    expect(datasetLine({ name: 'ACLED', rowId: 'SYR1', citation: 'SOHR; Liveuamap' }, [{ ...ucdpSource, version: undefined }], t('en'))).toBe('ACLED, citing SOHR; Liveuamap');
    expect(plain(datasetLine({ name: 'UCDP GED', rowId: '1', citation: 'SOHR' }, [ucdpSource], t('ar'), 'ar'))).toBe('UCDP GED 23.1، نقلًا عن SOHR');
  });
  it('isolates the data text inside an Arabic sentence, so that English names keep their order', () => {
    expect(datasetLine({ name: 'UCDP GED', rowId: '1', citation: 'SOHR' }, [ucdpSource], t('ar'), 'ar')).toBe('\u2068UCDP GED 23.1\u2069، نقلًا عن \u2068SOHR\u2069');
    expect(locationLine('near', 'Ein Issa', t('ar'), 'ar')).toBe('قرب \u2068Ein Issa\u2069');
  });
  it('says only the dataset when the row cites nothing', () => {
    expect(plain(datasetLine({ name: 'UCDP GED', rowId: '1' }, [ucdpSource], t('en')))).toBe('UCDP GED 23.1');
  });
});

describe('deathsLine', () => {
  it('gives the best estimate with the low–high range when they differ', () => {
    expect(deathsLine({ low: 10, best: 12, high: 15 }, t('en'), 'en-GB')).toBe('Deaths: 12 (best estimate; low 10, high 15)');
    expect(deathsLine({ low: 10, best: 12, high: 15 }, t('ar'), 'ar-SY-u-nu-arab')).toBe('القتلى: ١٢ (التقدير الأرجح؛ الأدنى ١٠، الأعلى ١٥)');
  });
  it('gives one figure when the estimates agree, or when the dataset gives one (ACLED)', () => {
    expect(deathsLine({ low: 3, best: 3, high: 3 }, t('en'), 'en-GB')).toBe('Deaths: 3');
    expect(deathsLine({ best: 1200 }, t('en'), 'en-GB')).toBe('Deaths: 1,200');
  });
});

describe('locationLine', () => {
  it('says nothing for an exact place, "near" for a nearby one, and "somewhere in" an area shown at its centre', () => {
    expect(locationLine('exact', 'Aleppo', t('en'))).toBeUndefined();
    expect(locationLine(undefined, 'Aleppo', t('en'))).toBeUndefined();
    expect(plain(locationLine('near', 'Ein Issa', t('en')))).toBe('near Ein Issa');
    expect(plain(locationLine('province', 'Homs governorate', t('en')))).toBe('somewhere in Homs governorate: shown at its centre');
    expect(plain(locationLine('country', 'Syria', t('en')))).toBe('somewhere in Syria: shown at its centre');
    expect(plain(locationLine('country', 'Syria', t('ar'), 'ar'))).toBe('في مكان ما من Syria: معروض في مركزها');
  });
});

describe('an imported event’s card', () => {
  it('shows the dataset line, the dataset’s type, the deaths, the date and location precision in words', () => {
    const html = plain(renderToString(<EventCard event={event({})} showPlace={false} headingLevel={3} />))!;
    expect(html).toContain('UCDP GED 23.1, citing SOHR; Liveuamap');
    expect(html).toContain('The dataset’s type: <bdi lang="en">one-sided violence</bdi>');
    expect(html).toContain('Deaths: 12 (best estimate; low 10, high 15)');
    expect(html).toContain('known only to the month');
    expect(html).toContain('somewhere in Homs governorate: shown at its centre');
  });
  it('shows ACLED’s type and sub-type and its one figure', () => {
    const acled = event({ locationPrecision: 'near', placeName: 'Ein Issa', fatalities: { best: 2 }, dataset: { name: 'ACLED', type: 'Battles', subType: 'Armed clash', rowId: 'SYR1', citation: 'SOHR; Liveuamap' }, sources: [{ ...ucdpSource, version: undefined, redistributable: false }] });
    const html = plain(renderToString(<EventCard event={acled} showPlace={false} headingLevel={3} />))!;
    expect(html).toContain('ACLED, citing SOHR; Liveuamap');
    expect(html).toContain('Battles · Armed clash');
    expect(html).toContain('Deaths: 2<');
    expect(html).toContain('near Ein Issa');
  });
  it('is written in Arabic for an Arabic reader, the data in its own language', () => {
    const html = plain(renderToString(
      <I18nProvider lang="ar">
        <EventCard event={event({})} showPlace={false} headingLevel={3} />
      </I18nProvider>,
    ))!;
    expect(html).toContain('UCDP GED 23.1، نقلًا عن SOHR; Liveuamap');
    expect(html).toContain('معروف بالشهر فقط');
    expect(html).toContain('في مكان ما من Homs governorate: معروض في مركزها');
    expect(html).toContain('القتلى: ١٢');
  });
  it('leaves an article’s event as it was: no dataset line, no location words', () => {
    const html = plain(renderToString(<EventCard event={event({ dataset: undefined, fatalities: undefined, locationPrecision: undefined })} showPlace={false} headingLevel={3} />))!;
    expect(html).not.toContain('event-dataset');
    expect(html).not.toContain('event-location');
  });
});
