'use client';
import { useEffect, useRef, useState } from 'react';

/** How long play takes to run through the whole timeline, whatever its span. */
export const PLAY_MS = 15_000;

/**
 * The pace of play over `steps` steps: about PLAY_MS in all. A step is at least 100 ms apart (the
 * map redraws at each); with reduced motion at least 500 ms, taking several buckets at a time, so
 * the run lasts as long in fewer, calmer frames. A short timeline (a second a step or more) steps
 * a second apart, or two with reduced motion.
 */
export function playPace(steps: number, reducedMotion: boolean): { ms: number; stride: number } {
  const even = PLAY_MS / Math.max(1, steps);
  const ms = reducedMotion ? (even >= 1000 ? 2000 : Math.max(500, even)) : Math.min(1000, Math.max(100, even));
  return { ms, stride: Math.max(1, Math.round(ms / even)) };
}

/**
 * Play and pause: while playing, calls `step(stride)` every `ms` until `atEnd`. Starting at the
 * end starts again from the beginning (`restart`). A tick that comes before the last step has been
 * drawn steps from the same place again (no step is skipped), so a slow machine plays slower.
 */
export function usePlayback({ steps, atEnd, reducedMotion, step, restart }: { steps: number; atEnd: boolean; reducedMotion: boolean; step: (stride: number) => void; restart: () => void }) {
  const [playing, setPlaying] = useState(false);
  const { ms, stride } = playPace(steps, reducedMotion);
  // The latest step, read by the clock: re-renders between ticks (new data, the map) never restart it.
  const latest = useRef(step);
  useEffect(() => {
    latest.current = step;
  }, [step]);
  useEffect(() => {
    if (!playing) return;
    // Each tick schedules the next once it has run: a late tick (a busy page) never brings a burst of them.
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      latest.current(stride);
      timer = setTimeout(tick, ms);
    };
    timer = setTimeout(tick, ms);
    return () => clearTimeout(timer);
  }, [playing, stride, ms]);
  useEffect(() => {
    if (playing && atEnd) setPlaying(false);
  }, [playing, atEnd]);
  const toggle = () => {
    if (!playing && atEnd) restart();
    setPlaying(!playing);
  };
  return { playing, toggle, stop: () => setPlaying(false) };
}
