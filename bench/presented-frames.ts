/**
 * Presented frames from a Chromium trace: the compositor's own account of every frame it began
 * (`PipelineReporter`, categories `benchmark` / `cc`), with what became of it — presented in
 * full or in part, dropped, or not needed because nothing changed — and whether it showed
 * checkerboard (content not yet recorded or rastered). This is the record Chromium's own
 * smoothness metrics are computed from, and it is there in headless Chromium: the frames are
 * the compositor's, so a scroll the compositor drives is counted even when the main thread
 * is busy, which a requestAnimationFrame loop or a long-animation-frame observer (both on the
 * main thread) cannot see. Pure: the events in, numbers out.
 */

import type { TraceEvent } from './frame-trace';

interface FrameReporterArgs {
  state?: string;
  scroll_state?: string;
  frame_sequence?: number;
  checkerboarded_needs_raster?: boolean;
  checkerboarded_needs_record?: boolean;
  has_missing_content?: boolean;
}

export interface PresentedFrames {
  /**
   * ms between consecutive presented frames, each at its BeginFrame (its vsync): so multiples
   * of the frame period, 16.7 ms for a smooth run, 33.3 across a dropped frame. (The reports'
   * ends, at presentation feedback, come batched and even out of order under load.)
   */
  intervalsMs: number[];
  presented: number;
  dropped: number;
  /** Frames the compositor began and had nothing to update in: the page was still. */
  noUpdate: number;
  /** Presented frames that showed checkerboard (content missing on the compositor's side). */
  checkerboarded: number;
  /** Presented frames by who scrolled: SCROLL_MAIN_THREAD, SCROLL_COMPOSITOR_THREAD, SCROLL_NONE. */
  scrollState: Record<string, number>;
  /** The process whose frames these are. */
  pid: number | null;
}

const PRESENTED = new Set(['STATE_PRESENTED_ALL', 'STATE_PRESENTED_PARTIAL']);

const reporterArgs = (e: TraceEvent): FrameReporterArgs =>
  ((e.args as { frame_reporter?: FrameReporterArgs } | undefined)?.frame_reporter ??
    {}) as FrameReporterArgs;

/**
 * The page's frames: those of the process whose frames scrolled most (the browser's own UI
 * compositor reports frames too, never scrolling).
 */
function pageProcess(begins: readonly TraceEvent[]): number | null {
  const counts = new Map<number, number>();
  for (const e of begins) {
    const scroll = reporterArgs(e).scroll_state;
    const weight = scroll && scroll !== 'SCROLL_NONE' ? 1000 : 1;
    if (PRESENTED.has(reporterArgs(e).state ?? ''))
      counts.set(e.pid, (counts.get(e.pid) ?? 0) + weight);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * A frame (one BeginFrame sequence number) can have two reports, its main-thread and its
 * compositor part (frame_type FORKED): it was presented if either part was, dropped if neither
 * was and one was dropped. Intervals are taken between consecutive presented frames only while
 * the compositor kept asking for frames: a frame with nothing to update, or a run of sequence
 * numbers with no report at all (the compositor stopped asking: nothing moved, e.g. the driver
 * between two wheel events), marks a still page, whose gap is no frame the user waited for.
 * A dropped frame keeps the run going: the interval across it is the jank the user saw.
 */
export function presentedFrames(events: readonly TraceEvent[]): PresentedFrames {
  const reports = events.filter((e) => e.name === 'PipelineReporter');
  const begins = reports.filter((e) => e.ph === 'b');
  const pid = pageProcess(begins);
  type Frame = { state: string; at: number; checkerboarded: boolean; scroll: string };
  const bySequence = new Map<number, Frame>();
  for (const e of begins) {
    if (e.pid !== pid) continue;
    const a = reporterArgs(e);
    const seq = a.frame_sequence;
    if (seq === undefined) continue;
    const state = a.state ?? '';
    const checkerboarded = !!(
      a.checkerboarded_needs_raster ||
      a.checkerboarded_needs_record ||
      a.has_missing_content
    );
    const seen = bySequence.get(seq);
    const rank = (s: string) => (PRESENTED.has(s) ? 2 : s === 'STATE_DROPPED' ? 1 : 0);
    if (!seen || rank(state) > rank(seen.state))
      bySequence.set(seq, { state, at: e.ts, checkerboarded, scroll: a.scroll_state ?? '' });
    else if (rank(state) === rank(seen.state) && PRESENTED.has(state)) {
      seen.checkerboarded ||= checkerboarded;
    }
  }

  const out: PresentedFrames = {
    intervalsMs: [],
    presented: 0,
    dropped: 0,
    noUpdate: 0,
    checkerboarded: 0,
    scrollState: {},
    pid,
  };
  let lastPresentedAt: number | null = null;
  let lastSeq: number | null = null;
  for (const [seq, f] of [...bySequence].sort((a, b) => a[0] - b[0])) {
    if (lastSeq !== null && seq !== lastSeq + 1) lastPresentedAt = null;
    lastSeq = seq;
    if (f.state === 'STATE_DROPPED') out.dropped++;
    else if (PRESENTED.has(f.state)) {
      out.presented++;
      if (f.checkerboarded) out.checkerboarded++;
      out.scrollState[f.scroll] = (out.scrollState[f.scroll] ?? 0) + 1;
      if (lastPresentedAt !== null) out.intervalsMs.push((f.at - lastPresentedAt) / 1000);
      lastPresentedAt = f.at;
    } else {
      out.noUpdate++;
      lastPresentedAt = null;
    }
  }
  return out;
}

/** Merges the frames of several traces (one per column): counts add, intervals pool. */
export function poolFrames(parts: readonly PresentedFrames[]): Omit<PresentedFrames, 'pid'> {
  return {
    intervalsMs: parts.flatMap((p) => p.intervalsMs),
    presented: parts.reduce((n, p) => n + p.presented, 0),
    dropped: parts.reduce((n, p) => n + p.dropped, 0),
    noUpdate: parts.reduce((n, p) => n + p.noUpdate, 0),
    checkerboarded: parts.reduce((n, p) => n + p.checkerboarded, 0),
    scrollState: parts.reduce<Record<string, number>>((all, p) => {
      for (const [k, n] of Object.entries(p.scrollState)) all[k] = (all[k] ?? 0) + n;
      return all;
    }, {}),
  };
}
