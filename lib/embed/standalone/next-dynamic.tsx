'use client';
import { useEffect, useState, type ComponentType } from 'react';

/**
 * What the embed's components use of `next/dynamic`, for the embed's own build: a component loaded
 * in the browser only (`ssr: false`), which renders nothing until it has arrived. Its loading
 * starts when it is defined, in the browser, so that it has often arrived by the first render that shows it.
 */
export default function dynamic<P extends object>(load: () => Promise<ComponentType<P> | { default: ComponentType<P> }>, _options?: { ssr?: boolean }) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (loading ??= load().then((m) => {
      loaded = 'default' in m ? m.default : m;
      return loaded;
    }));
  if (typeof window !== 'undefined') void start();
  return function Dynamic(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (Component) return;
      let live = true;
      void start().then((c) => live && setComponent(() => c));
      return () => {
        live = false;
      };
    }, [Component]);
    return Component ? <Component {...props} /> : null;
  };
}
