import { describe, expect, it } from 'vitest';
import { frameCpu, type TraceEvent } from '../../../bench/frame-trace';

const MAIN = { pid: 1, tid: 1 };
const OTHER = { pid: 1, tid: 2 };

/** A complete event, times in ms (the trace counts µs). */
const x = (name: string, at: number, dur: number, tdur = dur, thread = MAIN): TraceEvent => ({
  name,
  ph: 'X',
  ts: at * 1000,
  dur: dur * 1000,
  tdur: tdur * 1000,
  ...thread,
});

/** One frame's rendering task at `at`: scroll event, rAF callbacks, layout, paint. */
const frame = (at: number, cpu: number) => [
  x('RunTask', at, cpu + 1, cpu),
  x('EventDispatch', at + 0.1, 1, 1),
  x('FireAnimationFrame', at + 1.2, 0.5, 0.5),
  x('Layout', at + 1.8, 0.5, 0.4),
  x('Paint', at + 2.4, 0.5, 0.5),
];

describe('frameCpu', () => {
  it('sums the main thread CPU of each frame, from one rendering task to the next', () => {
    const events = [
      ...frame(0, 3),
      x('RunTask', 8, 2, 1.5), // a task between frames (a timer) belongs to the frame before it
      ...frame(16.7, 5),
      ...frame(33.4, 4),
      ...frame(50.1, 2), // the last frame only closes the one before it
    ];
    expect(frameCpu(events).cpuMs).toEqual([4.5, 5, 4]);
  });

  it('counts thread time, not the wall time a busy machine stretches', () => {
    const events = [x('RunTask', 0, 30, 6), x('FireAnimationFrame', 1, 1), ...frame(40, 1)];
    expect(frameCpu(events).cpuMs).toEqual([6]);
  });

  it('counts a nested task once', () => {
    const events = [
      x('RunTask', 0, 10, 8),
      x('RunTask', 2, 3, 3),
      x('FireAnimationFrame', 1, 1),
      ...frame(20, 1),
    ];
    expect(frameCpu(events).cpuMs).toEqual([8]);
  });

  it('reads only the thread that runs the animation frames', () => {
    const events = [
      ...frame(0, 3),
      ...frame(16.7, 3),
      x('RunTask', 5, 100, 100, OTHER),
      x('FireAnimationFrame', 6, 1, 1, OTHER),
    ];
    expect(frameCpu(events).cpuMs).toEqual([3]);
  });

  it('averages each phase over the frames', () => {
    const { phaseMs } = frameCpu([...frame(0, 3), ...frame(16.7, 3), ...frame(33.4, 3)]);
    expect(phaseMs.EventDispatch).toBeCloseTo(1);
    expect(phaseMs.Layout).toBeCloseTo(0.4);
    expect(phaseMs.Paint).toBeCloseTo(0.5);
    expect(phaseMs.Layerize).toBe(0);
  });

  it('finds no frames in a trace without animation frames', () => {
    expect(frameCpu([x('RunTask', 0, 5)])).toMatchObject({ cpuMs: [] });
  });
});
