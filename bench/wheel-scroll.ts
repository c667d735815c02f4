import type { CDPSession, Page } from '@playwright/test';
import type { TraceEvent } from './frame-trace';
import { takeBlankSamples, wheelTarget, type BlankCounts, type BlankSamples } from './page-probes';
import { poolFrames, presentedFrames, type PresentedFrames } from './presented-frames';
import { percentile, round } from './stats';

/**
 * scroll_frame_p95_ms, scroll_dropped_frames_pct, scroll_blank_pct: each column scrolled with
 * the mouse wheel (`page.mouse.wheel`: real wheel input, which Chromium's compositor scrolls,
 * smoothly, as it does a user's) from its top to its bottom and back, under a Chromium trace
 * of the compositor's frames (presented-frames.ts), with the blank-viewport sampler of
 * page-probes.ts watching the column.
 */

export interface WheelOptions {
  /** Wheel speed: a fast, steady scroll through a long column. */
  pxPerSecond: number;
  /** One wheel event this often (about a frame), its delta the distance due since the last. */
  tickMs: number;
  /** A traversal that has not reached its end by then stops (and says so). */
  maxMsPerTraversal: number;
}

export const WHEEL: WheelOptions = { pxPerSecond: 24_000, tickMs: 16, maxMsPerTraversal: 40_000 };

export interface WheelColumn {
  title: string;
  frames: Omit<PresentedFrames, 'intervalsMs'>;
  blank: BlankSamples | null;
  /** Per direction: px scrolled, wheel events, ms, whether the end was reached. */
  traversals: Array<{
    direction: 'down' | 'up';
    px: number;
    wheels: number;
    ms: number;
    reachedEnd: boolean;
  }>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Wheels one column to its bottom (or back to its top), paced in wall time. */
async function traverse(
  page: Page,
  title: string,
  direction: 'down' | 'up',
  options: WheelOptions,
) {
  const sign = direction === 'down' ? 1 : -1;
  let target = await page.evaluate(wheelTarget, { title, toTop: false });
  const fromTop = target.scrollTop;
  await page.mouse.move(target.x, target.y);
  const started = performance.now();
  let last = started;
  let wheels = 0;
  let stalled = 0;
  const atEnd = () =>
    direction === 'down' ? target.scrollTop >= target.maxTop - 1 : target.scrollTop <= 0;
  while (!atEnd() && performance.now() - started < options.maxMsPerTraversal && stalled < 20) {
    const now = performance.now();
    const delta = Math.max(1, Math.min(options.pxPerSecond * ((now - last) / 1000), 2000));
    last = now;
    await page.mouse.wheel(0, sign * Math.round(delta));
    wheels++;
    if (wheels % 20 === 0) {
      const before = target.scrollTop;
      target = await page.evaluate(wheelTarget, { title, toTop: false });
      stalled = target.scrollTop === before ? stalled + 1 : 0;
    }
    const wait = options.tickMs - (performance.now() - now);
    if (wait > 0) await sleep(wait);
  }
  // Let the smooth scroll finish its last wheel.
  await sleep(300);
  target = await page.evaluate(wheelTarget, { title, toTop: false });
  return {
    direction,
    px: Math.abs(target.scrollTop - fromTop),
    wheels,
    ms: Math.round(performance.now() - started),
    reachedEnd: atEnd(),
  };
}

/** Trace events of the compositor's frames while `during` runs. */
async function frameTrace(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (d: { value: Array<Record<string, unknown>> }) => {
    // Keep only the frame reports: a long trace's other events are not needed.
    for (const e of d.value)
      if (e.name === 'PipelineReporter') events.push(e as unknown as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: 'benchmark', transferMode: 'ReportEvents' });
  try {
    await during();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

/**
 * Every column in turn, top to bottom and back, each under its own trace (so that no interval
 * spans two columns). With `slowScrollMs`, the page burns that much main-thread time in every
 * scroll event: the deliberately worse build that shows the metrics can fail.
 */
export async function wheelEveryColumn(
  page: Page,
  titles: readonly string[],
  options: WheelOptions = WHEEL,
  slowScrollMs = 0,
) {
  const cdp = await page.context().newCDPSession(page);
  if (slowScrollMs > 0) {
    await page.evaluate((ms) => {
      document.addEventListener(
        'scroll',
        () => {
          const until = performance.now() + ms;
          while (performance.now() < until);
        },
        { capture: true, passive: true },
      );
    }, slowScrollMs);
  }
  const columns: WheelColumn[] = [];
  const parts: PresentedFrames[] = [];
  try {
    for (const title of titles) {
      await page.evaluate(wheelTarget, { title, toTop: true });
      await sleep(200);
      const traversals: WheelColumn['traversals'] = [];
      const events = await frameTrace(cdp, async () => {
        traversals.push(await traverse(page, title, 'down', options));
        traversals.push(await traverse(page, title, 'up', options));
      });
      const frames = presentedFrames(events);
      parts.push(frames);
      const { intervalsMs, ...counts } = frames;
      columns.push({
        title,
        frames: { ...counts, ...{ p95Ms: round(percentile(intervalsMs, 95)) } },
        blank: await page.evaluate(takeBlankSamples),
        traversals,
      });
    }
  } finally {
    await cdp.detach();
  }
  const pooled = poolFrames(parts);
  const blankOf = (which: 'painted' | 'beforeRender') => {
    const sum = (k: keyof BlankCounts) =>
      columns.reduce((n, c) => n + (c.blank?.[which][k] ?? 0), 0);
    return {
      sampledFrames: sum('frames'),
      blankFrames: sum('blank'),
      blankFramePct: sum('frames') ? round((100 * sum('blank')) / sum('frames'), 2) : null,
      /** Of the viewport area seen in the sampled frames, the share with no row. */
      blankAreaPct: sum('seen') ? round((100 * sum('blankPx')) / sum('seen'), 3) : null,
    };
  };
  const painted = blankOf('painted');
  if (pooled.intervalsMs.length < 100)
    throw new Error(`only ${pooled.intervalsMs.length} presented frames were traced`);
  const framesSeen = pooled.presented + pooled.dropped;
  return {
    frameP95Ms: round(percentile(pooled.intervalsMs, 95)),
    droppedPct: round((100 * pooled.dropped) / framesSeen, 2),
    blankPct: painted.blankFramePct,
    details: {
      frameIntervalMs: {
        p50: round(percentile(pooled.intervalsMs, 50)),
        p95: round(percentile(pooled.intervalsMs, 95)),
        p99: round(percentile(pooled.intervalsMs, 99)),
        max: round(Math.max(...pooled.intervalsMs)),
      },
      presented: pooled.presented,
      dropped: pooled.dropped,
      noUpdate: pooled.noUpdate,
      /** Presented frames the compositor itself marks as checkerboarded (tiles not ready). */
      compositorCheckerboardPct: round((100 * pooled.checkerboarded) / (pooled.presented || 1), 2),
      scrollState: pooled.scrollState,
      blank: painted,
      blankBeforeRender: blankOf('beforeRender'),
      options,
      slowScrollMs,
      perColumn: columns,
    },
  };
}
