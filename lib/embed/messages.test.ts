import { describe, expect, it } from 'vitest';
import { acceptsMessage, outgoingMessage, parentOrigin, parseIncoming } from './messages';

describe('parseIncoming', () => {
  it('accepts the three commands', () => {
    expect(parseIncoming({ type: 'situation-map:select-place', place: 'ankara' })).toEqual({ type: 'situation-map:select-place', place: 'ankara' });
    expect(parseIncoming({ type: 'situation-map:select-place', place: null })).not.toBeNull();
    expect(parseIncoming({ type: 'situation-map:set-date', date: '2024-11-30' })).not.toBeNull();
    expect(parseIncoming({ type: 'situation-map:fit-view', view: { longitude: 37.1, latitude: 36.2, zoom: 8 } })).not.toBeNull();
  });

  it.each([
    ['a string', 'situation-map:select-place'],
    ['null', null],
    ['another prefix', { type: 'other:select-place', place: 'ankara' }],
    ['an unknown type', { type: 'situation-map:delete', place: 'ankara' }],
    ['a bad place id', { type: 'situation-map:select-place', place: '<img src=x>' }],
    ['a non-date', { type: 'situation-map:set-date', date: '2024-02-30' }],
    ['an extra field', { type: 'situation-map:set-date', date: '2024-11-30', html: '<b>' }],
    ['a view out of range', { type: 'situation-map:fit-view', view: { longitude: 500, latitude: 0, zoom: 3 } }],
  ])('ignores %s', (_, data) => expect(parseIncoming(data)).toBeNull());
});

describe('outgoingMessage', () => {
  it('types ready, height and place-selected', () => {
    expect(outgoingMessage.safeParse({ type: 'situation-map:ready', version: 1 }).success).toBe(true);
    expect(outgoingMessage.safeParse({ type: 'situation-map:height', height: 540 }).success).toBe(true);
    expect(outgoingMessage.safeParse({ type: 'situation-map:height', height: -1 }).success).toBe(false);
    expect(outgoingMessage.safeParse({ type: 'situation-map:place-selected', place: null }).success).toBe(true);
  });
});

describe('parentOrigin', () => {
  it('prefers ancestorOrigins, then the referrer, else null', () => {
    expect(parentOrigin({ ancestorOrigins: { length: 1, 0: 'https://example.com' } }, 'https://example.org/a')).toBe('https://example.com');
    expect(parentOrigin({}, 'https://example.com/story?x=1')).toBe('https://example.com');
    expect(parentOrigin({}, '')).toBeNull();
    expect(parentOrigin({}, 'not a url')).toBeNull();
  });
  it('treats an opaque or non-web parent origin as unknown', () => {
    expect(parentOrigin({ ancestorOrigins: { length: 1, 0: 'null' } }, '')).toBeNull();
    expect(parentOrigin({}, 'file:///tmp/page.html')).toBeNull();
    expect(parentOrigin({}, 'data:text/html,hi')).toBeNull();
  });
});

describe('acceptsMessage', () => {
  const parent = {};
  it('takes a message from the parent window at its known origin', () => {
    expect(acceptsMessage({ source: parent, origin: 'https://example.com' }, parent, 'https://example.com')).toBe(true);
  });
  it('refuses a message from another window, even at the right origin', () => {
    expect(acceptsMessage({ source: {}, origin: 'https://example.com' }, parent, 'https://example.com')).toBe(false);
  });
  it('refuses a message from the parent window at another origin (it navigated away)', () => {
    expect(acceptsMessage({ source: parent, origin: 'https://example.org' }, parent, 'https://example.com')).toBe(false);
  });
  it('takes any origin from the parent window when the parent origin is unknown', () => {
    expect(acceptsMessage({ source: parent, origin: 'https://example.com:8443' }, parent, null)).toBe(true);
  });
});
