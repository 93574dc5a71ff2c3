import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/i18n/i18n-provider';
import { FlowCard } from '@/components/layers/flows/flow-card';
import { SWRConfig } from 'swr';
import { flowPath } from '@/lib/contract/paths';
import { flowDetail, flowFeatures } from '@/lib/data/flows';
import { realDataFiles, storeFrom } from '@/tests/fixtures/data-files';

/** The seed's UNHCR flow (Syria → Türkiye, end of each year 1995–2025), as the API serves it. */
async function unhcrFlow() {
  const store = await storeFrom(realDataFiles());
  try {
    return flowFeatures(await store.situation()).features.find((f) => f.id === 'unhcr-refugees-sy-tr')!;
  } finally {
    await store.close();
  }
}

describe('a flow card with a yearly series', () => {
  it('charts the series and lists every figure as text, marking the year in force on the shown date', async () => {
    const html = renderToString(<FlowCard flow={await unhcrFlow()} date="2024-12-02" />);
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"[^>]*data-series-chart="unhcr-refugees-sy-tr"/);
    expect(html.match(/<rect /g)).toHaveLength(27);
    expect(html).toMatch(/<tr class="series-in-force" aria-current="date"><th scope="row">2023<\/th><td>3,214,780/);
    expect(html).toContain('<th scope="row">2025</th><td>2,347,756</td>');
    // The figure after the shown date is drawn, but faded: it is not what the map shows that day.
    expect(html).toMatch(/class="series-bar series-later"[^>]*data-year="2025"/);
    // The arrow's width said is the one drawn that day: 3,214,780 people, not the latest 2,347,756.
    expect(html).toContain('the arrow is 10.5 px wide');
  });
  it('quotes the year in force from its source, with a link to the dataset, once the flow itself has come (GET /api/flows/{id})', async () => {
    const flow = await unhcrFlow();
    // Before: the figures, and the source on its way.
    expect(renderToString(<FlowCard flow={flow} date="2024-12-02" />)).toMatch(/Source of the 2023 figure \(3,214,780\):<\/p><p class="series-note">Loading…/);
    const store = await storeFrom(realDataFiles());
    const detail = flowDetail(await store.situation(), 'unhcr-refugees-sy-tr');
    await store.close();
    const html = renderToString(
      <SWRConfig value={{ fallback: { [flowPath('unhcr-refugees-sy-tr')]: detail } }}>
        <FlowCard flow={flow} date="2024-12-02" />
      </SWRConfig>,
    );
    expect(html).toContain('Source of the 2023 figure (3,214,780):');
    expect(html).toMatch(/<blockquote cite="https:\/\/www.unhcr.org\/refugee-statistics\/" lang="en"><p>“(<!-- -->)?year: 2023\ncoo_name: Syrian Arab Rep./);
    expect(html.match(/<button type="button" class="series-source"/g)).toHaveLength(27);
  });
  it('is written in Arabic for an Arabic reader', async () => {
    const html = renderToString(
      <I18nProvider lang="ar">
        <FlowCard flow={await unhcrFlow()} date="2024-12-02" />
      </I18nProvider>,
    );
    expect(html).toContain('سنة بعد سنة');
    expect(html).toContain('٣٬٢١٤٬٧٨٠');
    expect(html).toContain('على الخريطة في هذا التاريخ');
    // Years run right to left, as the page and the timeline do: the first year's bar on the right.
    const x = (year: number) => Number(html.match(new RegExp(`<rect x="([\\d.]+)"[^>]*data-year="${year}"`))![1]);
    expect(x(1995)).toBeGreaterThan(280);
    expect(x(2025)).toBeLessThan(20);
    expect(html).toMatch(/<text x="300" y="106" text-anchor="end" class="series-axis">١٩٩٥<\/text>/);
  });
  it('runs its years left to right in English', async () => {
    const html = renderToString(<FlowCard flow={await unhcrFlow()} date="2024-12-02" />);
    const x = (year: number) => Number(html.match(new RegExp(`<rect x="([\\d.]+)"[^>]*data-year="${year}"`))![1]);
    expect(x(1995)).toBeLessThan(20);
    expect(x(2025)).toBeGreaterThan(280);
  });
});
