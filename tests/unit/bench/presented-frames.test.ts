import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../../bench/frame-trace';
import { poolFrames, presentedFrames } from '../../../bench/presented-frames';

const VSYNC = 16_667; // µs

/** One PipelineReporter begin for frame `seq`, as Chromium writes it. */
function report(
  seq: number,
  state: string,
  extra: Record<string, unknown> = {},
  pid = 2,
): TraceEvent {
  return {
    name: 'PipelineReporter',
    ph: 'b',
    ts: 1_000_000 + seq * VSYNC,
    pid,
    tid: 7,
    args: {
      frame_reporter: {
        frame_sequence: seq,
        state,
        scroll_state: 'SCROLL_MAIN_THREAD',
        ...extra,
      },
    },
  };
}

const presented = (seq: number, extra?: Record<string, unknown>) =>
  report(seq, 'STATE_PRESENTED_ALL', extra);

describe('presentedFrames', () => {
  it('measures a smooth run at one vsync a frame', () => {
    const f = presentedFrames([1, 2, 3, 4, 5].map((s) => presented(s)));
    expect(f.intervalsMs.map(Math.round)).toEqual([17, 17, 17, 17]);
    expect(f).toMatchObject({ presented: 5, dropped: 0, noUpdate: 0, pid: 2 });
  });

  it('counts a dropped frame and the longer interval the user saw across it', () => {
    const f = presentedFrames([presented(1), report(2, 'STATE_DROPPED'), presented(3)]);
    expect(f.dropped).toBe(1);
    expect(f.intervalsMs.map(Math.round)).toEqual([33]);
  });

  it('does not count the gap of a still page (no update, or no frame asked for) as an interval', () => {
    const f = presentedFrames([
      presented(1),
      report(2, 'STATE_NO_UPDATE_DESIRED'),
      presented(3),
      presented(4),
      // 5..40: the compositor asked for no frame at all
      presented(41),
      presented(42),
    ]);
    expect(f.intervalsMs.map(Math.round)).toEqual([17, 17]);
    expect(f.noUpdate).toBe(1);
  });

  it('takes a frame reported twice (main and compositor part) as one, presented if either was', () => {
    const f = presentedFrames([
      presented(1),
      report(2, 'STATE_NO_UPDATE_DESIRED'),
      report(2, 'STATE_PRESENTED_PARTIAL', { checkerboarded_needs_record: true }),
      presented(3),
    ]);
    expect(f).toMatchObject({ presented: 3, noUpdate: 0, checkerboarded: 1 });
    expect(f.intervalsMs).toHaveLength(2);
  });

  it("keeps to the page's process, not the browser's own frames", () => {
    const browserUi = [1, 2, 3].map((s) =>
      report(s, 'STATE_PRESENTED_ALL', { scroll_state: 'SCROLL_NONE' }, 1),
    );
    const f = presentedFrames([
      ...browserUi,
      presented(1),
      report(2, 'STATE_DROPPED'),
      presented(3),
    ]);
    expect(f.pid).toBe(2);
    expect(f.dropped).toBe(1);
  });

  it('is a bad score for a janky run and a good one for a smooth run (it can fail)', () => {
    const smooth = presentedFrames(Array.from({ length: 60 }, (_, i) => presented(i + 1)));
    const janky = presentedFrames(
      Array.from({ length: 60 }, (_, i) =>
        i % 3 === 1 ? report(i + 1, 'STATE_DROPPED') : presented(i + 1),
      ),
    );
    const pooled = poolFrames([smooth, janky]);
    expect(Math.max(...smooth.intervalsMs)).toBeLessThan(17);
    expect(Math.max(...janky.intervalsMs)).toBeGreaterThan(33);
    expect(pooled.dropped).toBe(20);
    expect(pooled.presented).toBe(100);
  });
});
