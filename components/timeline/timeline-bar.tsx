'use client';
import { useCallback, useMemo, type KeyboardEvent } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import { bucketEnd, bucketIndex, bucketStarts, type BucketUnit } from '@/lib/dates/buckets';
import { formatPeriod } from '@/lib/dates/format';
import { useEcho } from '@/lib/hooks/use-echo';
import { useHistogram } from '@/lib/hooks/use-histogram';
import { usePlayback } from '@/lib/hooks/use-playback';
import { useReducedMotion } from '@/lib/hooks/use-reduced-motion';
import type { MessageKey } from '@/lib/i18n/messages';
import { EventHistogram } from './event-histogram';

/** `from` null: everything up to `date`; else the span from..date. `onSpan` writes both (null `from`: up to a day). */
type Props = { span: { start: string; end: string }; date: string; from: string | null; onSpan: (from: string | null, to: string) => void };

/** Buckets a PageUp or PageDown moves by: about the next unit up. */
const PAGE: Record<BucketUnit, number> = { day: 7, week: 4, month: 12, year: 10 };
const STEP_LABELS: Record<BucketUnit, [MessageKey, MessageKey]> = {
  day: ['previousDay', 'nextDay'],
  week: ['previousWeek', 'nextWeek'],
  month: ['previousMonth', 'nextMonth'],
  year: ['previousYear', 'nextYear'],
};

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

/**
 * The timeline over the data's span, in steps of a day, week, month or year (whichever gives about
 * 20 to 120 of them): a histogram of events per step, a slider up to a day or two for a span
 * (also brushed across the histogram), step back and forward, play and pause.
 */
export function TimelineBar({ span, date: urlDate, from: urlFrom, onSpan: writeSpan }: Props) {
  const [view, setView] = useEcho({ from: urlFrom, to: urlDate }, (v) => `${v.from}:${v.to}`);
  const onSpan = useCallback((from: string | null, to: string) => {
    setView({ from, to });
    writeSpan(from, to);
  }, [setView, writeSpan]);
  const { t, locale } = useI18n();
  const reducedMotion = useReducedMotion();
  const { unit, histogram } = useHistogram(span);

  const starts = useMemo(() => bucketStarts(span.start, span.end, unit), [span.start, span.end, unit]);
  const last = starts.length - 1;
  const clampIndex = (i: number) => Math.min(last, Math.max(0, i));
  /** The last day of step i (the data's last day at most): what "up to" step i means. */
  const endOf = useCallback((i: number) => {
    const end = bucketEnd(starts[i], unit);
    return end > span.end ? span.end : end;
  }, [starts, unit, span.end]);
  const startOf = useCallback((i: number) => (starts[i] < span.start ? span.start : starts[i]), [starts, span.start]);

  const { from, to } = view;
  const toIndex = clampIndex(bucketIndex(span.start, to, unit));
  const fromIndex = from === null ? null : clampIndex(bucketIndex(span.start, from, unit));

  /** Moves the day (or the whole span, its width kept) by `n` steps, within the timeline. */
  const move = useCallback((n: number) => {
    if (fromIndex === null) return onSpan(null, endOf(Math.min(last, Math.max(0, toIndex + n))));
    const by = Math.min(last - toIndex, Math.max(-fromIndex, n));
    onSpan(startOf(fromIndex + by), endOf(toIndex + by));
  }, [fromIndex, toIndex, last, onSpan, endOf, startOf]);
  const play = usePlayback({
    steps: starts.length,
    atEnd: toIndex >= last,
    reducedMotion,
    step: move,
    restart: () => (fromIndex === null ? onSpan(null, endOf(0)) : onSpan(startOf(0), endOf(toIndex - fromIndex))),
  });

  const brush = (a: number, b: number) => {
    play.stop();
    onSpan(startOf(Math.min(a, b)), endOf(Math.max(a, b)));
  };
  const toggleSpan = () => {
    play.stop();
    // A span starts as about a tenth of the timeline (at least three steps) up to the day shown.
    if (fromIndex === null) onSpan(startOf(clampIndex(toIndex - Math.max(3, Math.round(starts.length / 10)) + 1)), to);
    else onSpan(null, to);
  };
  /** PageUp and PageDown move by a bigger step (a week of days, a month of weeks, a year of months, ten years); arrows, Home and End are the slider's own. */
  const onPageKeys = (set: (i: number) => void, current: number) => (e: KeyboardEvent) => {
    if (e.key !== 'PageUp' && e.key !== 'PageDown') return;
    e.preventDefault();
    set(clampIndex(current + (e.key === 'PageUp' ? PAGE[unit] : -PAGE[unit])));
  };

  const day = (d: string) => formatPeriod(d, 'day', d, locale);
  // A span is said without weekdays ("1 Jan 2016 – 30 Jun 2017"), to fit beside the controls.
  const label = from === null ? day(to) : formatPeriod(from, 'span', to, locale);
  const [previous, next] = fromIndex === null ? STEP_LABELS[unit].map((k) => t(k)) : [t('previousSpan'), t('nextSpan')];
  const setTo = (i: number) => onSpan(from, endOf(fromIndex === null ? i : Math.max(i, fromIndex)));
  const setFrom = (i: number) => onSpan(startOf(Math.min(i, toIndex)), to);

  return (
    <div className={`timeline${from === null ? '' : ' timeline-span'}`} role="group" aria-label={t('timeline')} data-unit={unit}>
      <button type="button" className="timeline-step timeline-back" onClick={() => move(-1)} disabled={(fromIndex ?? toIndex) <= 0} aria-label={previous}>
        <Chevron towards="start" />
      </button>
      <button type="button" className="timeline-play" onClick={play.toggle} aria-label={play.playing ? t('pause') : t('play')}>
        {play.playing ? '❚❚' : '▶'}
      </button>
      <button type="button" className="timeline-step timeline-forward" onClick={() => move(1)} disabled={toIndex >= last} aria-label={next}>
        <Chevron towards="end" />
      </button>
      <div className="timeline-sliders">
        {fromIndex !== null && (
          <input
            type="range" min={0} max={last} step={1} value={fromIndex}
            aria-label={t('spanStart')} aria-valuetext={day(from!)}
            onChange={(e) => setFrom(Number(e.target.value))}
            onKeyDown={onPageKeys(setFrom, fromIndex)}
          />
        )}
        <input
          type="range" min={0} max={last} step={1} value={toIndex}
          aria-label={fromIndex === null ? t('date') : t('spanEnd')} aria-valuetext={day(to)}
          onChange={(e) => setTo(Number(e.target.value))}
          onKeyDown={onPageKeys(setTo, toIndex)}
        />
      </div>
      {/* Announced when the reader steps, not at every tick of playback. */}
      <output className="timeline-date" aria-live={play.playing ? 'off' : 'polite'}>
        {from === null ? <time dateTime={to}>{label}</time> : label}
      </output>
      <button type="button" className="timeline-span-toggle" aria-pressed={from !== null} onClick={toggleSpan} title={t('spanToggleTitle')}>
        {t('spanToggle')}
      </button>
      <EventHistogram unit={unit} steps={starts.length} histogram={histogram} shown={[fromIndex ?? 0, toIndex]} onBrush={brush} />
    </div>
  );
}
