import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './headers';

describe('contentSecurityPolicy', () => {
  it('allows scripts only from the app with the nonce, and no eval in production', () => {
    const csp = contentSecurityPolicy('abc123', false);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("connect-src 'self'");
  });
  it('allows eval only in development, where React needs it', () => {
    expect(contentSecurityPolicy('n', true)).toContain("'unsafe-eval'");
  });
});
