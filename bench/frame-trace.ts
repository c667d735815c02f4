/**
 * Frames from a Chromium performance trace (the DevTools timeline categories): how much CPU
 * time the renderer's main thread spent on each frame, and on what. Wall-clock frame times on a
 * shared 2-core machine include the time the thread waited for a core; thread time does not,
 * so this tells the page's own cost from the machine's load. Pure: the events in, numbers out.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  pid: number;
  tid: number;
  /** Wall duration and thread (CPU) duration, µs, on complete ('X') events. */
  dur?: number;
  tdur?: number;
  args?: Record<string, unknown>;
}

/** Main-thread phases of a frame, as the timeline names them (nested: see README.md). */
export const FRAME_PHASES = [
  'EventDispatch',
  'FireAnimationFrame',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
] as const;

export interface FrameCpu {
  /** Main-thread CPU ms from the start of each frame's rendering task to the next one's. */
  cpuMs: number[];
  /** Mean CPU ms per frame spent in each phase. */
  phaseMs: Record<(typeof FRAME_PHASES)[number], number>;
}

const key = (e: { pid: number; tid: number }) => `${e.pid}:${e.tid}`;
const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;

/** The page's main thread: the thread that ran the most animation frames. */
function mainThread(events: readonly TraceEvent[]): string | null {
  const counts = new Map<string, number>();
  for (const e of events) {
    if (e.name === 'FireAnimationFrame') counts.set(key(e), (counts.get(key(e)) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Top-level tasks of a thread: RunTask events not inside another one. */
function topLevelTasks(events: readonly TraceEvent[]): TraceEvent[] {
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask')
    .sort((a, b) => a.ts - b.ts);
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const t of tasks) {
    if (t.ts < end) continue;
    out.push(t);
    end = t.ts + (t.dur ?? 0);
  }
  return out;
}

/**
 * Each frame is the main thread's work from the task that ran its animation frame callbacks
 * (which also dispatched its scroll events and painted it) up to the next such task: the work
 * a frame's input caused, wherever the scheduler put it. Frames are counted between the first
 * and the last animation frame, so the first and last partial ones are left out.
 */
export function frameCpu(events: readonly TraceEvent[]): FrameCpu {
  const thread = mainThread(events);
  const onMain = events.filter((e) => key(e) === thread);
  const tasks = topLevelTasks(onMain);
  const frameStarts = onMain
    .filter((e) => e.name === 'FireAnimationFrame')
    .map((f) => tasks.find((t) => t.ts <= f.ts && f.ts < t.ts + (t.dur ?? 0)))
    .filter((t): t is TraceEvent => t !== undefined)
    .map((t) => t.ts);
  const starts = [...new Set(frameStarts)].sort((a, b) => a - b);

  const cpuMs: number[] = [];
  for (let i = 0; i + 1 < starts.length; i++) {
    const [from, to] = [starts[i]!, starts[i + 1]!];
    cpuMs.push(tasks.filter((t) => t.ts >= from && t.ts < to).reduce((n, t) => n + cpu(t), 0));
  }

  const first = starts[0] ?? 0;
  const last = starts.at(-1) ?? 0;
  const phaseMs = Object.fromEntries(
    FRAME_PHASES.map((name) => {
      const total = onMain
        .filter((e) => e.ph === 'X' && e.name === name && e.ts >= first && e.ts < last)
        .reduce((n, e) => n + cpu(e), 0);
      return [name, cpuMs.length ? total / cpuMs.length : 0];
    }),
  ) as FrameCpu['phaseMs'];
  return { cpuMs, phaseMs };
}
