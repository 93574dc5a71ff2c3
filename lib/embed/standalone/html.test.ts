import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { answersJson, escapeHtml, scriptJson } from './html';

describe('the embed page writes text and data so that nothing in them becomes markup', () => {
  const hostile = `"><script>alert(1)</script><!-- '&`;

  it('escapes text in elements and in quoted attributes', () => {
    const { document } = parseHTML(`<html><head><title>${escapeHtml(hostile)}</title><link rel="alternate" title="${escapeHtml(hostile)}"/></head><body></body></html>`);
    expect(document.querySelector('title')!.textContent).toBe(hostile);
    expect(document.querySelector('link')!.getAttribute('title')).toBe(hostile);
    expect(document.querySelectorAll('script')).toHaveLength(0);
  });

  it('keeps a value that holds </script> inside its JSON element, and it parses back whole', () => {
    const props = { title: hostile, credits: ['<a href="https://example.org/">x</a>'] };
    const { document } = parseHTML(`<html><body><script type="application/json" id="p">${scriptJson(props)}</script><main></main></body></html>`);
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(JSON.parse(document.getElementById('p')!.textContent!)).toEqual(props);
  });

  it('sets API answers in by their URL, as the bodies were, with </script> in one of them kept inside', () => {
    const places = { type: 'FeatureCollection', features: [{ properties: { name: hostile } }] };
    const answers = new Map([
      ['/api/places', JSON.stringify(places)],
      ['/api/control?date=2024-12-02', '{"date":"2024-12-02"}'],
    ]);
    const { document } = parseHTML(`<html><body><script type="application/json" id="a">${answersJson(answers)}</script><main></main></body></html>`);
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(JSON.parse(document.getElementById('a')!.textContent!)).toEqual({ '/api/places': places, '/api/control?date=2024-12-02': { date: '2024-12-02' } });
    expect(JSON.parse(answersJson(new Map()))).toEqual({});
  });
});
