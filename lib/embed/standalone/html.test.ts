import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { escapeHtml, scriptJson } from './html';

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
});
