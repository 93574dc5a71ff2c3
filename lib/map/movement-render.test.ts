import { describe, expect, it } from 'vitest';
import type { StopProperties } from '@/lib/data/itineraries';
import { stopLabel } from './movement-render';

const ankara = { number: 2, date: '2024-12-01', dateEnd: '2024-12-01', expectedDates: ['2024-12-02'] } as StopProperties;
const day = (d: string) => `${Number(d.slice(8))} Dec`;

describe('stopLabel', () => {
  it('names only the reported day before the expected talks', () => expect(stopLabel(ankara, '2024-12-01', day)).toBe('2 · 1 Dec'));
  it('marks the talks as expected, never as a stay', () => expect(stopLabel(ankara, '2024-12-02', day)).toBe('2 · 1 Dec · 2 Dec expected'));
});
