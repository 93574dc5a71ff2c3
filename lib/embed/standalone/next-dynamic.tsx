'use client';
import { useEffect, useState, type ComponentType } from 'react';

/**
 * What the embed's components use of `next/dynamic`, for the embed's own build: a component loaded
 * in the browser only (`ssr: false`), which renders nothing until it has arrived.
 */
export default function dynamic<P extends object>(load: () => Promise<ComponentType<P> | { default: ComponentType<P> }>, _options?: { ssr?: boolean }) {
  let loaded: ComponentType<P> | null = null;
  return function Dynamic(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (Component) return;
      let live = true;
      void load().then((m) => {
        loaded = 'default' in m ? m.default : m;
        if (live) setComponent(() => loaded);
      });
      return () => {
        live = false;
      };
    }, [Component]);
    return Component ? <Component {...props} /> : null;
  };
}
