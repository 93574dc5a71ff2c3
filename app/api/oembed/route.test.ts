import { describe, expect, it } from 'vitest';
import { GET } from './route';

const oembed = (query: string) => GET(new Request(`http://localhost:3000/api/oembed${query}`, { headers: { host: 'localhost:3000' } }));
const enc = encodeURIComponent;

describe('GET /api/oembed', () => {
  it('answers a rich oEmbed 1.0 response whose html is the iframe for that view', async () => {
    const res = await oembed(`?url=${enc('http://localhost:3000/?place=aleppo&date=2024-12-01&foo=bar')}&format=json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json\+oembed/);
    const body = await res.json();
    expect(body).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Situation map', width: 800, height: 560 });
    expect(body.html).toMatch(/^<iframe src="http:\/\/localhost:3000\/embed\?place=aleppo&amp;date=2024-12-01" title="Situation map[^"]*" width="800" height="560"/);
    expect(body.html).not.toContain('foo');
  });

  it('honours maxwidth and maxheight', async () => {
    const body = await (await oembed(`?url=${enc('http://localhost:3000/embed')}&maxwidth=400&maxheight=300`)).json();
    expect(body.width).toBeLessThanOrEqual(400);
    expect(body.height).toBeLessThanOrEqual(300);
    expect(body.html).toContain(`width="${body.width}" height="${body.height}"`);
  });

  it('answers 404 for a URL that is not this site\'s map', async () => {
    for (const url of ['https://example.net/', 'http://localhost:3000/api/events', 'http://localhost:3001/']) {
      const res = await oembed(`?url=${enc(url)}`);
      expect(res.status, url).toBe(404);
      expect((await res.json()).error.param).toBe('url');
    }
  });

  it('ignores parameters consumers add (WordPress sends dnt=1)', async () => {
    expect((await oembed(`?url=${enc('http://localhost:3000/')}&dnt=1`)).status).toBe(200);
  });

  it('varies with the Host header it derives the site from, so a shared cache never mixes hosts', async () => {
    expect((await oembed(`?url=${enc('http://localhost:3000/')}`)).headers.get('vary')).toContain('Host');
  });

  it('with SITE_URL set, refuses a URL on a spoofed Host', async () => {
    process.env.SITE_URL = 'https://example.org';
    try {
      const spoofed = await GET(new Request(`http://localhost:3000/api/oembed?url=${enc('http://example.com/')}`, { headers: { host: 'example.com' } }));
      expect(spoofed.status).toBe(404);
      const real = await (await GET(new Request(`http://localhost:3000/api/oembed?url=${enc('https://example.org/?place=aleppo')}`, { headers: { host: 'example.com' } }))).json();
      expect(real.html).toContain('src="https://example.org/embed?place=aleppo"');
    } finally {
      delete process.env.SITE_URL;
    }
  });

  it('answers 501 for format=xml', async () => {
    const res = await oembed(`?url=${enc('http://localhost:3000/')}&format=xml`);
    expect(res.status).toBe(501);
    expect((await res.json()).error).toMatchObject({ code: 'format_not_implemented', param: 'format' });
  });

  it('answers 400 for a missing or bad url, or a bad size', async () => {
    for (const [q, param] of [['', 'url'], ['?url=javascript:alert(1)', 'url'], [`?url=${enc('http://localhost:3000/')}&maxwidth=wide`, 'maxwidth'], [`?url=${enc('http://localhost:3000/')}&maxheight=5`, 'maxheight']]) {
      const res = await oembed(q);
      expect(res.status, q).toBe(400);
      expect((await res.json()).error.param, q).toBe(param);
    }
  });
});
