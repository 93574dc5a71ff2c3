'use client';
import { useRef, useState, type PointerEvent } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import type { Histogram } from '@/lib/contract/wire';
import { formatPeriod } from '@/lib/dates/format';
import { eventCount } from '@/lib/i18n/messages';
import type { BucketUnit } from '@/lib/dates/buckets';

type Props = {
  unit: BucketUnit;
  /** How many buckets the timeline has (the bars drawn, once the answer is there). */
  steps: number;
  histogram: Histogram | undefined;
  /** The bars shown as in view: [first, last] bucket indexes. */
  shown: [number, number];
  /** A span brushed across the bars: the first and last bucket indexes, in either order. */
  onBrush: (a: number, b: number) => void;
};

/**
 * Events per bucket under the slider, the ones in view darker; dragging across it (or clicking a
 * bar) chooses a span. Its box has its final size before any answer arrives (no layout shift). The
 * bars run with the page's direction, as the slider does; keyboard readers choose spans with the sliders.
 */
export function EventHistogram({ unit, steps, histogram, shown, onBrush }: Props) {
  const { t, lang, locale } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<[number, number] | null>(null);
  const buckets = histogram?.buckets ?? [];
  const max = Math.max(1, ...buckets.map((b) => b.count));

  const indexAt = (e: PointerEvent) => {
    const r = box.current!.getBoundingClientRect();
    const x = (e.clientX - r.left) / r.width;
    const along = getComputedStyle(box.current!).direction === 'rtl' ? 1 - x : x;
    return Math.min(steps - 1, Math.max(0, Math.floor(along * steps)));
  };
  const [lo, hi] = drag ? [Math.min(...drag), Math.max(...drag)] : shown;

  return (
    <div
      ref={box}
      className={`histogram${drag ? ' histogram-brushing' : ''}`}
      role="img"
      aria-label={t('histogramLabel', { unit: t(`unit_${unit}`) })}
      data-bars={buckets.length}
      onPointerDown={(e) => {
        if (e.button !== 0 || steps === 0) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        const i = indexAt(e);
        setDrag([i, i]);
      }}
      onPointerMove={(e) => drag && setDrag([drag[0], indexAt(e)])}
      onPointerUp={() => {
        if (drag) onBrush(drag[0], drag[1]);
        setDrag(null);
      }}
      onPointerCancel={() => setDrag(null)}
    >
      {buckets.map((b, i) => (
        <span
          key={b.start}
          className={`histogram-bar${i >= lo && i <= hi ? ' in-view' : ''}`}
          style={{ height: b.count ? `${Math.max(6, (100 * b.count) / max)}%` : 0 }}
          title={t('histogramBar', { period: formatPeriod(b.start, unit, b.end, locale), count: eventCount(lang, b.count) })}
        />
      ))}
    </div>
  );
}
