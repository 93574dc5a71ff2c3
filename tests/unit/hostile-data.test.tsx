import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AreaCard } from '@/components/layers/control/area-card';
import { EventCard } from '@/components/panel/event-card';
import type { EventFeature } from '@/lib/data/features';
import { sourceCredits } from '@/lib/data/source-credits';
import { sourceRecord } from '@/lib/schemas/source';
import { editedDataFiles, realDataFiles, seedFailure, storeFrom } from '@/tests/fixtures/data-files';
import { controlAreasAt } from '@/lib/data/control';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';

const hostileEvent: EventFeature = {
  type: 'Feature',
  id: 'hostile',
  geometry: { type: 'Point', coordinates: [0, 0] },
  properties: {
    date: '2024-11-30', dateEnd: '2024-11-30', datePrecision: 'day', dateText: IMG, dateNote: SCRIPT,
    placeId: 'aleppo', placeName: SCRIPT, placeNote: IMG, category: 'military', status: 'reported',
    title: `Title ${SCRIPT}`, summary: `Summary ${IMG}`,
    actors: [{ id: 'x', name: IMG }],
    sources: [{ sourceId: 's', url: 'https://example.org/?q="><script>alert(1)</script>', publisher: SCRIPT, title: IMG, published: '2024-12-02', language: 'en', attribution: IMG, quote: `${SCRIPT} and ${IMG}` }],
  },
};

/** Whether rendered HTML contains a live tag of this name (not escaped text). */
const hasTag = (html: string, tag: string) => new RegExp(`<${tag}[\\s>]`, 'i').test(html);

describe('hostile text in the data', () => {
  it('renders as text in an event card: no script or img element, no event handler attribute', () => {
    const html = renderToString(<EventCard event={hostileEvent} showPlace headingLevel={3} />);
    expect(hasTag(html, 'script')).toBe(false);
    expect(hasTag(html, 'img')).toBe(false);
    expect(html).not.toMatch(/<[^>]*\sonerror=/i); // as an attribute of a real tag, not escaped text
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('href="https://example.org/?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('renders as text in an area card', async () => {
    const area = controlAreasAt(await (await storeFrom()).situation(), '2024-12-01').features[0];
    const hostile = { ...area, properties: { ...area.properties, name: SCRIPT, extent: IMG, geometryNote: SCRIPT, actor: { id: 'x', name: IMG } } };
    const html = renderToString(<AreaCard area={hostile} date="2024-12-01" />);
    expect(hasTag(html, 'script') || hasTag(html, 'img')).toBe(false);
  });

  it('is escaped in the map attribution, which MapLibre writes as HTML', () => {
    const source = sourceRecord.parse({ ...JSON.parse(realDataFiles()['sources.json'])[0], publisher: `${SCRIPT}${IMG}` });
    const [credit] = sourceCredits([{ sourceId: source.id, attribution: IMG }], new Map([[source.id, source]]));
    expect(hasTag(credit, 'script') || hasTag(credit, 'img')).toBe(false);
    expect(credit).toContain('&#60;script&#62;');
  });
});

describe('source URLs', () => {
  const record = JSON.parse(realDataFiles()['sources.json'])[0];
  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd', '//evil.example/x', 'ftp://example.org/a'])('refuses %s', (url) => {
    expect(sourceRecord.safeParse({ ...record, url }).success).toBe(false);
  });
  it('takes http and https', () => {
    expect(sourceRecord.safeParse({ ...record, url: 'http://example.org/a' }).success).toBe(true);
    expect(sourceRecord.safeParse({ ...record, url: 'https://example.org/a' }).success).toBe(true);
  });
  it('fails the data check, naming the file and record, for a javascript: URL', async () => {
    expect((await seedFailure(editedDataFiles('sources.json', (r) => { r[0].url = 'javascript:alert(1)'; }))).message).toMatch(/^data\/sources\.json: \[0\] \(id "firstpost-2024-12-02-araghchi-ankara"\)\.url: /);
  });
});
