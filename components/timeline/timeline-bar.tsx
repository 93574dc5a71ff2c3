'use client';
import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import { formatPeriod } from '@/lib/dates/format';
import { addDays } from '@/lib/dates/period';
import { useEcho } from '@/lib/hooks/use-echo';
import { useReducedMotion } from '@/lib/hooks/use-reduced-motion';

type Props = { span: { start: string; end: string }; date: string; onDate: (date: string) => void };

/**
 * A chevron towards the start (earlier) or end (later) of the timeline. SVG, because arrow
 * characters are mirrored by some browsers in right-to-left text and not by others; the CSS flips
 * it in right-to-left pages, where the slider runs from right to left.
 */
function Chevron({ towards }: { towards: 'start' | 'end' }) {
  return (
    <svg className={`chevron chevron-${towards}`} width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d={towards === 'start' ? 'M8 1 3 6l5 5' : 'M4 1l5 5-5 5'} fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

const dayIndex = (start: string, date: string) => Math.round((Date.parse(date) - Date.parse(start)) / 86_400_000);

/** The timeline: a day slider over the data's span, step back and forward, play and pause. */
export function TimelineBar({ span, date: urlDate, onDate: writeDate }: Props) {
  const [date, setDate] = useEcho(urlDate);
  const onDate = useCallback((d: string) => {
    setDate(d);
    writeDate(d);
  }, [setDate, writeDate]);
  const { t, locale } = useI18n();

  const [playing, setPlaying] = useState(false);
  const reducedMotion = useReducedMotion();
  const last = dayIndex(span.start, span.end);
  const index = dayIndex(span.start, date);
  const label = formatPeriod(date, 'day', date, locale);

  useEffect(() => {
    if (!playing) return;
    if (index >= last) {
      setPlaying(false);
      return;
    }
    // With reduced motion the map does not animate, and steps come slower.
    const timer = setTimeout(() => onDate(addDays(date, 1)), reducedMotion ? 2000 : 1000);
    return () => clearTimeout(timer);
  }, [playing, index, last, date, onDate, reducedMotion]);

  const togglePlay = () => {
    if (!playing && index >= last) onDate(span.start);
    setPlaying(!playing);
  };

  return (
    <div className="timeline" role="group" aria-label={t('timeline')}>
      <button type="button" className="timeline-step" onClick={() => onDate(addDays(date, -1))} disabled={index <= 0} aria-label={t('previousDay')}>
        <Chevron towards="start" />
      </button>
      <button type="button" onClick={togglePlay} aria-label={playing ? t('pause') : t('play')}>
        {playing ? '❚❚' : '▶'}
      </button>
      <button type="button" className="timeline-step" onClick={() => onDate(addDays(date, 1))} disabled={index >= last} aria-label={t('nextDay')}>
        <Chevron towards="end" />
      </button>
      <input
        type="range"
        min={0}
        max={last}
        step={1}
        value={index}
        aria-label={t('date')}
        aria-valuetext={label}
        onChange={(e) => onDate(addDays(span.start, Number(e.target.value)))}
      />
      {/* Announced when the reader steps, not at every tick of playback. */}
      <output className="timeline-date" aria-live={playing ? 'off' : 'polite'}>
        <time dateTime={date}>{label}</time>
      </output>
    </div>
  );
}
