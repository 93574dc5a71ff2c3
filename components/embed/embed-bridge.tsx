'use client';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef } from 'react';
import { acceptsMessage, EMBED_API_VERSION, MESSAGE_PREFIX, parentOrigin, parseIncoming, type OutgoingMessage } from '@/lib/embed/messages';

type Props = {
  map: MapLibreMap | null;
  place: string | null;
  reducedMotion: boolean;
  onSelectPlace: (place: string | null) => void;
  onDate: (date: string) => void;
};

/**
 * The embed's postMessage API: tells the framing page when it is ready, its content height and
 * the place the reader selected; takes select-place, set-date and fit-view commands from it.
 * Messages go to the parent's origin when the browser tells it; commands are taken only from the
 * parent window (and that origin), and only in the documented shapes.
 */
export function EmbedBridge({ map, place, reducedMotion, onSelectPlace, onDate }: Props) {
  const origin = useMemo(() => (typeof window === 'undefined' ? null : parentOrigin(window.location, document.referrer)), []);
  const target = origin ?? '*';
  const framed = typeof window !== 'undefined' && window.parent !== window;
  const post = useMemo(
    () => (message: OutgoingMessage) => {
      if (!framed) return;
      try {
        window.parent.postMessage(message, target);
      } catch {
        // A parent that cannot be addressed must not break the map.
      }
    },
    [framed, target],
  );

  useEffect(() => {
    // Said in the page, so that a test (or a curious editor) can see where messages go.
    document.documentElement.dataset.embedParentOrigin = target;
  }, [target]);

  useEffect(() => {
    if (map) post({ type: `${MESSAGE_PREFIX}ready`, version: EMBED_API_VERSION });
  }, [map, post]);

  const lastHeight = useRef(0);
  useEffect(() => {
    const root = document.documentElement;
    const report = () => {
      const height = Math.ceil(document.body.scrollHeight);
      if (height > 0 && height !== lastHeight.current) {
        lastHeight.current = height;
        post({ type: `${MESSAGE_PREFIX}height`, height });
      }
    };
    const observer = new ResizeObserver(report);
    observer.observe(root);
    observer.observe(document.body);
    report();
    return () => observer.disconnect();
  }, [post]);

  useEffect(() => {
    post({ type: `${MESSAGE_PREFIX}place-selected`, place });
  }, [place, post]);

  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (!acceptsMessage(e, window.parent, origin)) return;
      const message = parseIncoming(e.data);
      if (!message) return;
      if (message.type === `${MESSAGE_PREFIX}select-place`) onSelectPlace(message.place);
      else if (message.type === `${MESSAGE_PREFIX}set-date`) onDate(message.date);
      else if (map) {
        const { longitude, latitude, zoom } = message.view;
        map[reducedMotion ? 'jumpTo' : 'easeTo']({ center: [longitude, latitude], zoom });
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [origin, map, reducedMotion, onSelectPlace, onDate]);

  return null;
}
