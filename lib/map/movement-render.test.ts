import { describe, expect, it } from 'vitest';
import type { FeatureCollection, LineString } from 'geojson';
import type { FlowProperties } from '@/lib/data/flows';
import type { StopProperties } from '@/lib/data/itineraries';
import { flowDecorations, flowLabelRank, flowsOn, seriesPointOn, stopLabel } from './movement-render';

type FlowCollection = FeatureCollection<LineString, FlowProperties>;

const ankara = { number: 2, date: '2024-12-01', dateEnd: '2024-12-01', expectedDates: ['2024-12-02'] } as StopProperties;
const day = (d: string) => `${Number(d.slice(8))} Dec`;

describe('stopLabel', () => {
  it('names only the reported day before the expected talks', () => expect(stopLabel(ankara, '2024-12-01', day)).toBe('2 · 1 Dec'));
  it('marks the talks as expected, never as a stay', () => expect(stopLabel(ankara, '2024-12-02', day)).toBe('2 · 1 Dec · 2 Dec expected'));
});

describe('seriesPointOn', () => {
  const series = [{ year: 2011, value: 0 }, { year: 2012, value: 248466 }, { year: 2014, value: 1557899 }];
  it('takes the year whose end is on or before the day', () => {
    expect(seriesPointOn(series, '2012-12-31')?.year).toBe(2012);
    expect(seriesPointOn(series, '2013-06-01')?.year).toBe(2012);
  });
  it('falls back to the latest year before a year without a figure, and never takes a later year', () => {
    expect(seriesPointOn(series, '2014-12-30')?.year).toBe(2012);
    expect(seriesPointOn(series, '2015-01-01')?.year).toBe(2014);
    expect(seriesPointOn(series, '2011-12-30')).toBeUndefined();
  });
});

describe('flowsOn', () => {
  const source = { sourceId: 'unhcr-x', quote: 'year: 2023\nrefugees: 3214780', url: 'https://www.unhcr.org/refugee-statistics/', publisher: 'UNHCR', title: 'T', published: '2026-12-03', language: 'en' };
  const flow = (series?: FlowProperties['series']): FlowCollection => ({
    type: 'FeatureCollection',
    features: [{
      type: 'Feature', id: 'f', geometry: { type: 'LineString', coordinates: [[38, 35], [35, 39]] },
      properties: {
        kind: 'refugees', origin: { kind: 'country', id: 'SY', name: 'Syria', coordinates: [38, 35] }, destination: { kind: 'country', id: 'TR', name: 'Turkey', coordinates: [35, 39] },
        magnitude: { value: 2347756, unit: 'people', qualifier: 'exactly', text: 'refugees: 2347756' }, asOf: { date: '2025-12-31', precision: 'day', text: 'year: 2025' },
        label: '2,347,756 refugees from Syria in Turkey, end of 2025 (UNHCR)', widthPx: 9.2, sources: [source], ...(series && { series }),
      },
    }],
  });
  const series = [
    { year: 2011, value: 0, sourceId: 'unhcr-x', publisher: 'UNHCR' },
    { year: 2023, value: 3214780, sourceId: 'unhcr-x', publisher: 'UNHCR' },
    { year: 2025, value: 2347756, sourceId: 'unhcr-x', publisher: 'UNHCR' },
  ];
  it('labels a flow with a series with the figure of the year in force, and sizes it by that figure', () => {
    const [f] = flowsOn(flow(series), '2024-12-02').features;
    expect(f.properties.label).toBe('3,214,780 refugees from Syria in Turkey, end of 2023 (UNHCR)');
    expect(f.properties.widthPx).toBe(10.5);
    expect(flowsOn(flow(series), '2025-12-31').features[0].properties.label).toBe('2,347,756 refugees from Syria in Turkey, end of 2025 (UNHCR)');
  });
  it('draws nothing before the first year, nor for a year that counted nobody', () => {
    expect(flowsOn(flow(series), '2011-06-01').features).toHaveLength(0);
    expect(flowsOn(flow(series), '2012-06-01').features).toHaveLength(0);
  });
  it('draws a flow without a series from the day its source gives the figure', () => {
    expect(flowsOn(flow(), '2025-12-30').features).toHaveLength(0);
    expect(flowsOn(flow(), '2025-12-31').features[0].properties.label).toBe('2,347,756 refugees from Syria in Turkey, end of 2025 (UNHCR)');
  });
});

describe('flowDecorations', () => {
  it('labels two flows between the same ends at different points along their arcs, so that both stay readable', () => {
    const ends = { origin: { kind: 'country', id: 'SY', name: 'Syria', coordinates: [38, 35] }, destination: { kind: 'country', id: 'TR', name: 'Turkey', coordinates: [35, 39] } };
    const line = { type: 'LineString' as const, coordinates: [[38, 35], [37, 37], [35, 39]] };
    const flows = { type: 'FeatureCollection', features: ['a', 'b'].map((id) => ({ type: 'Feature', id, geometry: line, properties: { ...ends, widthPx: 5, label: id } })) } as unknown as FlowCollection;
    const [a, b] = flowDecorations(flows).labels.features.map((f) => f.geometry.coordinates);
    expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThan(0.8);
  });
});

describe('flowLabelRank', () => {
  const article = { id: 'sy-tr', properties: { widthPx: 4 } };
  const dataset = (id: string, widthPx: number) => ({ id, properties: { widthPx, series: [{ year: 2023, value: 1 }] } });
  const order = (selected?: string) => [dataset('small', 3), article, dataset('large', 9)].sort((a, b) => flowLabelRank(a, selected) - flowLabelRank(b, selected)).map((f) => f.id);
  it("places the article's own flow label first, then the datasets' largest first", () => expect(order()).toEqual(['sy-tr', 'large', 'small']));
  it('places the selected flow label before all others', () => expect(order('small')).toEqual(['small', 'sy-tr', 'large']));
});
