import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FlowsLegend, FlowsOverview } from '@/components/layers/flows/flows-parts';
import type { Scene } from '@/components/layers/types';
import { flowFeatures } from '@/lib/data/flows';
import { drawnFlows, flowsOn, MIN_DRAWN_PEOPLE } from '@/lib/map/movement-render';
import { storeFrom } from '@/tests/fixtures/data-files';

/** The seed's flows as the API serves them: the article's, UNHCR's Syria→Türkiye series and the Syria-origin table's. */
async function seedFlows() {
  const store = await storeFrom();
  try {
    return flowFeatures(await store.situation());
  } finally {
    await store.close();
  }
}

const scene = (date: string) => ({ date, select: () => undefined }) as unknown as Scene;

describe('flows of many sizes', () => {
  it('draws the flows of 100,000 people or more on the shown day, the selected one whatever its size, and lists the rest largest first', async () => {
    const flows = await seedFlows();
    expect(flows.features.length).toBeGreaterThan(100);
    // 2 December 2024: the end-2023 figures are in force.
    const { drawn, smaller } = drawnFlows(flowsOn(flows, '2024-12-02'));
    const labels = drawn.features.map((f) => f.properties.label);
    expect(labels).toContain('784,884 refugees from Syria in Lebanon, end of 2023 (UNHCR)');
    expect(labels).toContain('153,756 refugees from Syria in Egypt, end of 2023 (UNHCR)');
    expect(labels).not.toContain('94,873 refugees from Syria in Sweden, end of 2023 (UNHCR)');
    expect(labels).toContain('up to 3.2 million Syrian refugees in Turkey (UN figures)');
    expect(drawn.features.every((f) => f.properties.people >= MIN_DRAWN_PEOPLE)).toBe(true);
    // The article's flow, UNHCR's Türkiye series, and the 5 other hosts of 100,000 or more at the end
    // of 2023 (Lebanon, Germany, Jordan, Iraq, Egypt), largest first.
    expect(drawn.features.map((f) => f.id)).toEqual(['unhcr-refugees-sy-tr', 'syrian-refugees-in-turkey', 'unhcr-refugees-sy-lb', 'unhcr-refugees-sy-de', 'unhcr-refugees-sy-jo', 'unhcr-refugees-sy-iq', 'unhcr-refugees-sy-eg']);
    expect(smaller[0].properties.label).toBe('94,873 refugees from Syria in Sweden, end of 2023 (UNHCR)');
    expect(smaller.map((f) => f.properties.people)).toEqual([...smaller.map((f) => f.properties.people)].sort((a, b) => b - a));
    const chile = smaller.find((f) => f.properties.label.includes('Chile'))!;
    expect(chile.properties.people).toBe(113);
    expect(drawnFlows(flowsOn(flows, '2024-12-02'), String(chile.id)).drawn.features.map((f) => f.id)).toContain(chile.id);
  });

  it('lists the drawn flows in the overview, and the smaller ones folded under their count', async () => {
    const flows = await seedFlows();
    const { smaller } = drawnFlows(flowsOn(flows, '2024-12-02'));
    const html = renderToString(<FlowsOverview data={flows} scene={scene('2024-12-02')} />);
    const [main, folded] = html.split('<details');
    expect(main.match(/data-select="list-flow:/g)).toHaveLength(7);
    expect(folded).toContain(`<summary>${smaller.length} smaller flows, under 100k people each (not drawn)</summary>`);
    expect(folded.match(/data-select="list-flow:/g)).toHaveLength(smaller.length);
    expect(folded).toContain('113 refugees from Syria in Chile, end of 2023 (UNHCR)');
    expect(renderToString(<FlowsLegend />)).toContain('Under 100k people: listed, drawn when chosen');
  });
});
