import { describe, expect, it } from 'vitest';
import { echoOfSource } from './use-echo';

describe('a control echoing the URL', () => {
  it('does not step back to a write the URL catches up with while a later one is on its way', () => {
    // Play showed 07-31 then 08-31; the router lands 07-31 first.
    expect(echoOfSource(['07-31', '08-31'], '07-31')).toEqual({ pending: ['08-31'], show: false });
    expect(echoOfSource(['08-31'], '08-31')).toEqual({ pending: [], show: true });
  });
  it('shows a write the URL skipped to, forgetting the earlier ones', () => {
    expect(echoOfSource(['06-30', '07-31', '08-31'], '08-31')).toEqual({ pending: [], show: true });
  });
  it('shows a value nobody here wrote (back, a link) and forgets the writes', () => {
    expect(echoOfSource(['07-31', '08-31'], '01-31')).toEqual({ pending: [], show: true });
    expect(echoOfSource([], '01-31')).toEqual({ pending: [], show: true });
  });
});
