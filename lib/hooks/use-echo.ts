'use client';
import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * What to do when the URL's value (its key) changes, given the reader's writes it has not caught
 * up with yet, oldest first: a value the reader wrote clears it and every earlier write, and is
 * shown only if no later write is still on its way (else the control would step back to it: while
 * the timeline plays on a busy machine, the router lands each step after the next has been shown);
 * any other value (back, a link, another tab) is shown, and the writes are forgotten.
 */
export function echoOfSource(pending: readonly string[], sourceKey: string): { pending: string[]; show: boolean } {
  const i = pending.indexOf(sourceKey);
  if (i < 0) return { pending: [], show: true };
  const later = pending.slice(i + 1);
  return { pending: later, show: later.length === 0 };
}

/**
 * A value that follows `source` (the URL) but takes the reader's input at once: a control bound
 * straight to the URL would snap back until the router has written the URL.
 */
export function useEcho<T>(source: T, key: (v: T) => string = String): [T, (v: T) => void] {
  const [value, setValue] = useState(source);
  const sourceKey = key(source);
  const pending = useRef<string[]>([]);
  const keyOf = useRef(key);
  keyOf.current = key;
  const latestSourceKey = useRef(sourceKey);
  latestSourceKey.current = sourceKey;
  useEffect(() => {
    const next = echoOfSource(pending.current, sourceKey);
    pending.current = next.pending;
    if (next.show) setValue(source);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by value, not identity
  }, [sourceKey]);
  const set = useCallback((v: T) => {
    const k = keyOf.current(v);
    // A write of what the URL already says is not sent (useViewState's update), so nothing will echo it.
    if (k !== latestSourceKey.current) pending.current.push(k);
    setValue(v);
  }, []);
  return [value, set];
}
