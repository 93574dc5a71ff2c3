import { describe, expect, it } from 'vitest';
import { PLAY_MS, playPace } from './use-playback';

const runMs = (steps: number, reduced: boolean) => {
  const { ms, stride } = playPace(steps, reduced);
  return Math.ceil((steps - 1) / stride) * ms;
};

describe('playPace', () => {
  it('runs through 20 to 160 bars in 10 to 20 s, with or without reduced motion', () => {
    for (const steps of [20, 52, 96, 120, 144, 160]) {
      for (const reduced of [false, true]) {
        expect(runMs(steps, reduced), `${steps} steps, reduced ${reduced}`).toBeGreaterThanOrEqual(10_000);
        expect(runMs(steps, reduced), `${steps} steps, reduced ${reduced}`).toBeLessThanOrEqual(20_000);
      }
    }
    expect(PLAY_MS).toBe(15_000);
  });
  it('takes calmer, bigger steps with reduced motion', () => {
    expect(playPace(144, false)).toEqual({ ms: PLAY_MS / 144, stride: 1 });
    expect(playPace(144, true).ms).toBe(500);
    expect(playPace(144, true).stride).toBe(5);
  });
  it('steps a week of days one at a time, a second apart (two with reduced motion)', () => {
    expect(playPace(8, false)).toEqual({ ms: 1000, stride: 1 });
    expect(playPace(8, true)).toEqual({ ms: 2000, stride: 1 });
  });
});
