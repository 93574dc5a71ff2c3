import { describe, expect, it } from 'vitest';
import { embedUrlFor, iframeSnippet, responsiveSnippet } from './embed-code';

describe('embedUrlFor', () => {
  it('carries the view parameters over to /embed and drops the rest', () => {
    expect(embedUrlFor(new URL('http://localhost:3000/?place=aleppo&layers=events,flows&utm=x'))).toBe('http://localhost:3000/embed?place=aleppo&layers=events,flows');
  });
  it('sets and leaves out parameters', () => {
    expect(embedUrlFor(new URL('http://localhost:3000/?date=2024-11-30&legend=off'), { set: { theme: 'dark' }, omit: ['date', 'legend'] })).toBe('http://localhost:3000/embed?theme=dark');
  });
  it("points a map's page and its embed at the map's own embed", () => {
    expect(embedUrlFor(new URL('http://localhost:3000/m/damascus-dec-2024?place=damascus'))).toBe('http://localhost:3000/m/damascus-dec-2024/embed?place=damascus');
    expect(embedUrlFor(new URL('http://localhost:3000/m/damascus-dec-2024/embed'))).toBe('http://localhost:3000/m/damascus-dec-2024/embed');
    expect(embedUrlFor(new URL('http://localhost:3000/m/Not_A_Slug'))).toBe('http://localhost:3000/embed');
  });
});

describe('embedUrlFor and iframeSnippet together', () => {
  it('keep hostile parameter values inside the src attribute', () => {
    const src = embedUrlFor(new URL(`http://localhost:3000/?place=${encodeURIComponent('"><script>alert(1)</script>')}&date='onload='x`));
    const html = iframeSnippet(src, { title: 'Map', height: 560 });
    expect(html).not.toMatch(/<script/);
    expect(html).not.toMatch(/"\s*onload=/);
    expect(html.match(/"/g)!.length % 2).toBe(0);
    expect(html.startsWith('<iframe src="http://localhost:3000/embed?place=%22%3E%3Cscript%3E')).toBe(true);
  });
});

describe('iframeSnippet', () => {
  it('is a titled, lazy, borderless iframe that escapes what it quotes', () => {
    const html = iframeSnippet('http://localhost:3000/embed?place=aleppo&date=2024-12-01', { title: 'Map "A" <b>', height: 560 });
    expect(html).toBe('<iframe src="http://localhost:3000/embed?place=aleppo&amp;date=2024-12-01" title="Map &quot;A&quot; &lt;b&gt;" width="100%" height="560" style="border:0;max-width:100%" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" allow="fullscreen"></iframe>');
  });
});

describe('responsiveSnippet', () => {
  const html = responsiveSnippet('http://localhost:3000/embed?place=aleppo', { title: 'Map', height: 560 });
  it('asks the embed for its natural height', () => expect(html).toContain('src="http://localhost:3000/embed?place=aleppo&amp;autoheight=1"'));
  it('takes height messages only from its own frame and the app origin', () => {
    expect(html).toContain('e.source!==f.contentWindow');
    expect(html).toContain('e.origin!=="http://localhost:3000"');
    expect(html).toContain('"situation-map:height"');
  });
});
