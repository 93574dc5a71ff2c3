'use client';
import { useEffect, useState } from 'react';

/**
 * A value that follows `source` (the URL) but takes the reader's input at once: a control bound
 * straight to the URL would snap back until the router has written the URL.
 */
export function useEcho<T>(source: T, key: (v: T) => string = String): [T, (v: T) => void] {
  const [value, setValue] = useState(source);
  const sourceKey = key(source);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by value, not identity
  useEffect(() => setValue(source), [sourceKey]);
  return [value, setValue];
}
