// What the embed's build (scripts/build-embed.ts) gives the components for `react`: preact/compat,
// with a useSyncExternalStore that honours getServerSnapshot as React's does. preact/compat's
// ignores it, so the server would read the browser's stores (window) and the browser's first
// render, which brings the server's HTML to life, would differ from that HTML: Preact keeps the
// server's attributes where they differ, and the page would show a state it is not in.
import { options } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

// @ts-ignore -- preact/compat's types declare `export =`, which TypeScript will not re-export with `*`; esbuild does.
export * from 'preact/compat';
export { default } from 'preact/compat';

// Effects run as React runs them, in a task of their own right after the render, rather than after
// the next animation frame as Preact's do by default: the map starts through two effects (the
// loaded component's, then react-map-gl's), and on a busy phone each frame waited for is long.
if (typeof window !== 'undefined') {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => {
    for (const run of queue.splice(0)) run();
  };
  (options as { requestAnimationFrame?: (run: () => void) => void }).requestAnimationFrame = (run) => {
    queue.push(run);
    channel.port2.postMessage(null);
  };
}

let hydrating = true;
/** Called once the server's HTML has been brought to life: components mounted from then on read the browser's stores at once. */
export function hydrated() {
  hydrating = false;
}

export function useSyncExternalStore<T>(subscribe: (onChange: () => void) => () => void, getSnapshot: () => T, getServerSnapshot?: () => T): T {
  if (typeof window === 'undefined') return (getServerSnapshot ?? getSnapshot)();
  // While hydrating, render what the server rendered; then, at once, what the store holds.
  const [live, setLive] = useState(() => !hydrating || !getServerSnapshot);
  const [, setChanges] = useState(0);
  const changed = () => setChanges((n) => n + 1);
  const value = live ? getSnapshot() : getServerSnapshot!();
  const latest = useRef({ value, getSnapshot });
  useLayoutEffect(() => {
    latest.current = { value, getSnapshot };
    // A change between this render and the subscription below, or since the last render.
    if (live && !Object.is(getSnapshot(), value)) changed();
  });
  useEffect(() => {
    if (!live) setLive(true);
  }, [live]);
  useEffect(() => {
    const check = () => {
      if (!Object.is(latest.current.getSnapshot(), latest.current.value)) changed();
    };
    check();
    return subscribe(check);
  }, [subscribe]);
  return value;
}
