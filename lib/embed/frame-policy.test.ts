import { describe, expect, it } from 'vitest';
import { embedAncestors, framingHeaders } from './frame-policy';

describe('framingHeaders', () => {
  it('lets any site frame /embed by default', () => {
    expect(framingHeaders('/embed', null)).toEqual({ 'Content-Security-Policy': 'frame-ancestors *' });
  });
  it('lets only the listed origins (and the app) frame /embed when they are set', () => {
    expect(framingHeaders('/embed', ['https://example.com'])['Content-Security-Policy']).toBe("frame-ancestors 'self' https://example.com");
  });
  it('lets only the app frame /embed when the list is empty (a malformed setting fails closed)', () => {
    expect(framingHeaders('/embed', [])['Content-Security-Policy']).toBe("frame-ancestors 'self'");
  });
  it('lets only the app frame every other page', () => {
    for (const path of ['/', '/api/events', '/embedded', '/anything']) {
      expect(framingHeaders(path, null), path).toEqual({ 'Content-Security-Policy': "frame-ancestors 'self'", 'X-Frame-Options': 'SAMEORIGIN' });
    }
  });
});

describe('embedAncestors', () => {
  it('reads space- or comma-separated origins, and nothing as any site', () => {
    expect(embedAncestors('https://example.com, https://*.example.org:8443')).toEqual(['https://example.com', 'https://*.example.org:8443']);
    expect(embedAncestors(undefined)).toBeNull();
    expect(embedAncestors('  ')).toBeNull();
  });
  it('refuses what is not an origin, so a typo cannot open or shut framing silently', () => {
    expect(() => embedAncestors("https://example.com/path")).toThrow(/not an origin/);
    expect(() => embedAncestors("'none'; script-src *")).toThrow(/not an origin/);
  });
});
