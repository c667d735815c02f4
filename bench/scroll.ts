import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { LegacyCacheSchema } from '../src/main/columns/column-archive';
import type { AccountsState } from '../src/shared/accounts/schema';
import type { ColumnPosts, ColumnSnapshot } from '../src/shared/columns/content';
import type { ColumnDraft, DecksState } from '../src/shared/decks/schema';
import { launchHarness, type HarnessProcess } from '../tests/e2e/support/harness';
import { fillColumns } from './feed-fill';
import { frameCpu, type TraceEvent } from './frame-trace';
import { columnStats, scrollColumn, type ScrollRun } from './page-probes';
import { scratchDir } from './scratch-dir';
import { WHEEL, wheelEveryColumn } from './wheel-scroll';
import { worse } from './worse';
import { startXvfb } from './xvfb';
import { percentile, round } from './stats';

/**
 * scroll_main_thread_p50_ms, scroll_main_thread_p95_ms and heap_mb: the real renderer in Debian's Chromium,
 * through the harness, with a deck of 10 columns of 2,000 posts each.
 *
 * 1. The harness (--fake-clock, a fresh data folder) and a deck "Bench" of 10 columns bound to
 *    the demo accounts, made through window.timedeck; the poller's first loads fill them from
 *    the simulator.
 * 2. The harness stops; each column is grown to 2,000 posts (feed-fill.ts) and written to the
 *    data folder's columns-cache.json, which main loads at its next start.
 * 3. The harness starts again on that folder: main loads the cache, the window asks for the
 *    columns' snapshot, and the renderer's store takes in 20,000 posts the way it does at
 *    every start. Then the heap, then the frames of scrolling each column in turn.
 */

export const SCROLL = {
  columns: 10,
  postsPerColumn: 2000,
  viewport: { width: 1400, height: 900 },
  warmupMsPerColumn: 1000,
  measuredMsPerColumn: 3000,
  /** Passes over the 10 columns whose frames are pooled. */
  passes: 1,
  /** 80 px a frame at 60 Hz: a brisk flick through a column, ~5,000 px/s. */
  pxPerFrame: 80,
  /** A further pass under a performance trace, for main-thread CPU per frame and its phases. */
  tracedMsPerColumn: 1500,
  /** Wheel scrolling, top to bottom and back (wheel-scroll.ts). */
  wheel: WHEEL,
  /** Columns wheeled again in headed Chromium under Xvfb (when installed): a time budget. */
  headedColumns: 1,
  /**
   * The wheel pass again on a few columns with the page's main thread slowed down this many
   * times (DevTools' CPU throttling): how much headroom the scroll has on a slower machine.
   */
  slowCpu: { rate: 4, columns: 2 } as const,
  /** The memory day (rss_mb_after_8h): its length and the fake clock's step. */
  memoryDayHours: 8,
  memoryStepMs: 300_000,
};

/** Args Timedeck's e2e tests give Debian's Chromium, plus nothing that changes its pacing. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
    (p): p is string => !!p && fs.existsSync(p),
  );
  if (!found) throw new Error('no Chromium: set CHROMIUM_PATH or apt-get install chromium');
  return found;
}

/** The bench's columns: each asks X something else, so each holds posts of its own. */
function benchColumns(brandId: string, personalId: string): ColumnDraft[] {
  const search = (title: string, accountId: string, query: string): ColumnDraft => ({
    type: 'search',
    title,
    width: 'medium',
    accountId,
    query,
  });
  return [
    { type: 'mentions', title: 'Brand mentions', width: 'medium', accountId: brandId },
    search('Brand search', brandId, 'quillory OR quilory OR quillery OR qillory'),
    { type: 'home', title: 'Brand home', width: 'medium', accountId: brandId },
    search('Inks', brandId, 'ink'),
    search('Pens', brandId, 'pen'),
    { type: 'home', title: 'Personal home', width: 'medium', accountId: personalId },
    { type: 'mentions', title: 'Personal mentions', width: 'medium', accountId: personalId },
    search('Paper', personalId, 'paper OR notebook'),
    search('Orders', personalId, 'order OR shipping OR delivery'),
    search('Trade', personalId, 'trade OR wholesale OR price'),
  ];
}

async function openApp(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: SCROLL.viewport });
  // tsx keeps function names with a helper (__name) that functions sent to the page call.
  await page.addInitScript('globalThis.__name = (f) => f');
  // When the first post card is painted: seen in the DOM, then the task after the next frame.
  await page.addInitScript(`(() => {
    const seen = () => {
      if (!document.querySelector('[aria-setsize]')) return false;
      requestAnimationFrame(() => {
        const c = new MessageChannel();
        c.port1.onmessage = () => { globalThis.__firstPostPaintedAt = performance.now(); };
        c.port2.postMessage(0);
      });
      return true;
    };
    const watch = new MutationObserver(() => { if (seen()) watch.disconnect(); });
    document.addEventListener('DOMContentLoaded', () => {
      if (!seen()) watch.observe(document.body, { childList: true, subtree: true });
    });
  })()`);
  await page.goto(url);
  await page.waitForFunction(() => 'timedeck' in window);
  return page;
}

/**
 * One bridge call from the page, as the renderer makes it (window.timedeck.group.method), with
 * a refusal thrown. The channel is named, not passed as a function: Playwright sends functions
 * as source, and the page's CSP rightly refuses to eval anything.
 */
async function invoke<T>(page: Page, channel: string, payload?: unknown): Promise<T> {
  return page.evaluate(
    async ({ channel, payload }) => {
      type Method = (
        p?: unknown,
      ) => Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>;
      const api = (window as unknown as { timedeck: Record<string, Record<string, Method>> })
        .timedeck;
      const [group, method] = channel.split('.') as [string, string];
      const result = await api[group]![method]!(payload);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value;
    },
    { channel, payload },
  ) as Promise<T>;
}

/** Makes the deck through the bridge; answers its columns' ids and titles, in order. */
async function makeBenchDeck(page: Page): Promise<Array<{ id: string; title: string }>> {
  const { accounts } = await invoke<AccountsState>(page, 'accounts.list');
  const brand = accounts.find((a) => a.role === 'Brand');
  const personal = accounts.find((a) => a.role === 'Personal');
  if (!brand || !personal) throw new Error('the demo accounts are not signed in');
  let decks = await invoke<DecksState>(page, 'decks.create', { name: 'Bench' });
  const deckId = decks.decks.find((d) => d.name === 'Bench')!.id;
  await invoke(page, 'decks.activate', { deckId });
  for (const column of benchColumns(brand.id, personal.id)) {
    decks = await invoke<DecksState>(page, 'columns.add', { deckId, column });
  }
  return decks.decks
    .find((d) => d.id === deckId)!
    .columns.map((c) => ({ id: c.id, title: c.title }));
}

/** Waits for the poller's first loads; answers each column's posts as main holds them. */
async function firstLoads(page: Page, columnIds: string[]): Promise<ColumnPosts[]> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const snapshot = await invoke<ColumnSnapshot>(page, 'columns.snapshot');
    const settled = columnIds.every((id) =>
      snapshot.statuses.some((s) => s.columnId === id && !['idle', 'loading'].includes(s.state)),
    );
    if (settled) return columnIds.map((id) => snapshot.posts.find((p) => p.columnId === id)!);
    if (Date.now() > deadline) throw new Error('the columns did not load within a minute');
    await page.waitForTimeout(250);
  }
}

function writeCache(dataDir: string, batches: ColumnPosts[]) {
  // The pre-library cache file: main imports it into the archive at its next start.
  const data = LegacyCacheSchema.parse({
    version: 1,
    columns: Object.fromEntries(batches.map((batch) => [batch.columnId, { batch }])),
    readMarkers: {},
  });
  fs.writeFileSync(path.join(dataDir, 'columns-cache.json'), JSON.stringify(data));
}

/** The page's JS heap after a full garbage collection, in MiB. */
export async function heapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

async function waitForPosts(page: Page, titles: string[], perColumn: number) {
  await page.waitForFunction(
    ({ titles, perColumn }) => {
      const stats = [...document.querySelectorAll('[role="region"]')];
      return titles.every((title) => {
        const region = stats.find((el) => el.getAttribute('aria-label') === title);
        const sizes = region ? [...region.querySelectorAll('[aria-setsize]')] : [];
        return sizes.some((el) => Number(el.getAttribute('aria-setsize')) >= perColumn);
      });
    },
    { titles, perColumn },
    { timeout: 120_000, polling: 500 },
  );
}

export interface FilledDeck {
  page: Page;
  harness: HarnessProcess;
  titles: string[];
  /** Per column, the posts the poller brought before the columns were grown. */
  realPosts: number[];
  heapAfterFirstLoadsMiB: number;
  /** From starting the harness on the filled cache to every column showing its posts. */
  loadMs: number;
  /** From starting the harness (warm: built, cache filled) to the first post painted. */
  startupToFirstPostMs: number;
  /** From the page's navigation to the first post painted. */
  navigationToFirstPostMs: number;
}

/** When the page painted its first post: ms after its navigation and its time origin. */
async function firstPostPainted(page: Page): Promise<{ sinceNavigation: number; at: number }> {
  await page.waitForFunction(() => '__firstPostPaintedAt' in globalThis, undefined, {
    timeout: 120_000,
    polling: 100,
  });
  return page.evaluate(() => {
    const t = (globalThis as unknown as { __firstPostPaintedAt: number }).__firstPostPaintedAt;
    return { sinceNavigation: t, at: performance.timeOrigin + t };
  });
}

/** Steps 1 to 3 above: a page showing the bench deck with `perColumn` posts in each column. */
export async function openFilledDeck(
  browser: Browser,
  dataDir: string,
  perColumn: number,
): Promise<FilledDeck> {
  let harness = await launchHarness({ dataDir });
  try {
    const first = await openApp(browser, harness.url);
    const columns = await makeBenchDeck(first);
    const real = await firstLoads(
      first,
      columns.map((c) => c.id),
    );
    const heapAfterFirstLoadsMiB = await heapMiB(first);
    await first.close();
    await harness.stop();

    writeCache(dataDir, fillColumns(real, perColumn));

    const loadStarted = Date.now();
    harness = await launchHarness({ dataDir });
    const page = await openApp(browser, harness.url);
    const painted = await firstPostPainted(page);
    const titles = columns.map((c) => c.title);
    // The renderer shows a little less than it holds (about 1,800 of 2,000: a reply whose parent
    // is in the column shows beside it), so "loaded" is most of them, and each column's own count
    // is in the details.
    await waitForPosts(page, titles, Math.floor(perColumn * 0.8));
    return {
      page,
      harness,
      titles,
      realPosts: real.map((b) => b.posts.length),
      heapAfterFirstLoadsMiB,
      loadMs: Date.now() - loadStarted,
      startupToFirstPostMs: Math.round(painted.at - loadStarted),
      navigationToFirstPostMs: Math.round(painted.sinceNavigation),
    };
  } catch (e) {
    await harness.stop();
    throw e;
  }
}

/** Runs `during` under a DevTools timeline trace of the page; answers the trace's events. */
export async function traced(page: Page, during: () => Promise<unknown>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
      transferMode: 'ReturnAsStream',
    });
    await during();
    const complete = new Promise<{ stream?: string }>((resolve) =>
      cdp.once('Tracing.tracingComplete', resolve),
    );
    await cdp.send('Tracing.end');
    const { stream } = await complete;
    if (!stream) throw new Error('the trace came back without a stream');
    let text = '';
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
      text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
      if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle: stream });
    const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
    return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  } finally {
    await cdp.detach();
  }
}

/** Scrolls every column in turn for `durationMs` each. */
export async function scrollEveryColumn(
  page: Page,
  titles: readonly string[],
  durationMs: number,
  pxPerFrame: number,
): Promise<ScrollRun[]> {
  const runs: ScrollRun[] = [];
  for (const title of titles) {
    runs.push(await page.evaluate(scrollColumn, { title, durationMs, pxPerFrame }));
  }
  return runs;
}

/** A process's resident set, MiB (Linux: /proc/PID/status VmRSS). */
function rssMiB(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * rss_mb_after_8h: the harness (Timedeck's main process, with the demo simulator in it) and the
 * page left open on the deck of 10 columns while its fake clock moves through an 8-hour day,
 * a step at a time, each step's polls landing before the next (x/settled). The window is in
 * the background (hidden: the time box counts nothing, so no lock stops the polling).
 */
async function memoryDay(deck: FilledDeck, page: Page, hours: number, stepMs: number) {
  const pid = deck.harness.process.pid;
  await deck.harness.control('presence', { visible: false, focused: false });
  const before = { rssMiB: rssMiB(pid), heapMiB: await heapMiB(page) };
  let requests = 0;
  for (let t = 0; t < hours * 3_600_000; t += stepMs) {
    await deck.harness.control('clock/advance', { ms: stepMs });
    const settled = await deck.harness.control<{ requests: unknown[] }>('x/settled');
    requests = settled.requests.length;
  }
  const after = { rssMiB: rssMiB(pid), heapMiB: await heapMiB(page) };
  const stats = await page.evaluate(columnStats, deck.titles);
  return {
    hours,
    stepMs,
    before,
    after,
    requestsToX: requests,
    setSizeAfter: stats.map((c) => c.setSize),
  };
}

/**
 * The wheel pass again in headed Chromium on a virtual display (Xvfb), on the same harness and
 * deck; null when Xvfb is not installed. A few columns only: the bench's time is bounded.
 */
async function wheelHeaded(deck: FilledDeck, options: typeof SCROLL, slowScrollMs: number) {
  const xvfb = await startXvfb();
  if (!xvfb) return { skipped: 'Xvfb is not installed (apt-get install xvfb)' };
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: false,
    env: { ...process.env, DISPLAY: xvfb.display },
  });
  try {
    const page = await openApp(browser, deck.harness.url);
    const titles = deck.titles.slice(0, options.headedColumns);
    await waitForPosts(page, titles, Math.floor(options.postsPerColumn * 0.8));
    const r = await wheelEveryColumn(page, titles, options.wheel, slowScrollMs);
    return {
      display: xvfb.display,
      columns: titles.length,
      frameP95Ms: r.frameP95Ms,
      droppedPct: r.droppedPct,
      blankPct: r.blankPct,
      frameIntervalMs: r.details.frameIntervalMs,
      scrollState: r.details.scrollState,
    };
  } finally {
    await browser.close();
    xvfb.stop();
  }
}

/**
 * The wheel pass on the first columns with the renderer's main thread slowed `rate` times
 * (CDP Emulation.setCPUThrottlingRate, DevTools' "4× slowdown"); the compositor keeps its
 * pace. A fast, quiet machine drops no frames with a good build or a bad one; slowed down,
 * the difference shows.
 */
async function wheelSlowCpu(
  page: Page,
  titles: readonly string[],
  options: typeof SCROLL,
  slowScrollMs: number,
) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.slowCpu.rate });
  try {
    const r = await wheelEveryColumn(
      page,
      titles.slice(0, options.slowCpu.columns),
      options.wheel,
      slowScrollMs,
    );
    return {
      ...options.slowCpu,
      frameP95Ms: r.frameP95Ms,
      droppedPct: r.droppedPct,
      blankPct: r.blankPct,
      frameIntervalMs: r.details.frameIntervalMs,
    };
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
}

export async function measureScroll(options = SCROLL) {
  const dataDir = scratchDir('scroll');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  let deck: FilledDeck | null = null;
  try {
    deck = await openFilledDeck(browser, dataDir, options.postsPerColumn);
    const { page, titles } = deck;
    const heap = await heapMiB(page);
    const loaded = await page.evaluate(columnStats, titles);

    await scrollEveryColumn(page, titles, options.warmupMsPerColumn, options.pxPerFrame);
    const passes: ScrollRun[][] = [];
    for (let i = 0; i < options.passes; i++) {
      passes.push(
        await scrollEveryColumn(page, titles, options.measuredMsPerColumn, options.pxPerFrame),
      );
    }

    const trace = await traced(page, () =>
      scrollEveryColumn(page, titles, options.tracedMsPerColumn, options.pxPerFrame),
    );
    const cpu = frameCpu(trace);

    const slowScrollMs = worse('scroll') ? 12 : 0;
    const wheel = await wheelEveryColumn(page, titles, options.wheel, slowScrollMs);
    const slowCpu = await wheelSlowCpu(page, titles, options, slowScrollMs);
    const memory = await memoryDay(deck, page, options.memoryDayHours, options.memoryStepMs);
    await page.close();
    const headed = await wheelHeaded(deck, options, slowScrollMs);

    const work = passes.flat().flatMap((r) => r.work);
    const deltas = passes.flat().flatMap((r) => r.deltas);
    if (work.length < 100) throw new Error(`only ${work.length} frames were measured`);
    const summary = (xs: number[]) => ({
      p50: round(percentile(xs, 50)),
      p95: round(percentile(xs, 95)),
      p99: round(percentile(xs, 99)),
      max: round(Math.max(...xs)),
    });
    return {
      values: {
        scroll_main_thread_p50_ms: round(percentile(work, 50)),
        scroll_main_thread_p95_ms: round(percentile(work, 95)),
        heap_mb: round(heap, 1),
        scroll_frame_p95_ms: wheel.frameP95Ms,
        scroll_dropped_frames_pct: wheel.droppedPct,
        ...(wheel.blankPct === null ? {} : { scroll_blank_pct: wheel.blankPct }),
        scroll_dropped_frames_pct_cpu4x: slowCpu.droppedPct,
        startup_to_first_post_ms: deck.startupToFirstPostMs,
        ...(memory.after.rssMiB === null ? {} : { rss_mb_after_8h: round(memory.after.rssMiB, 1) }),
      },
      details: {
        wheel: wheel.details,
        memoryDay: memory,
        headed,
        slowCpu,
        navigationToFirstPostMs: deck.navigationToFirstPostMs,
        frames: work.length,
        frameWorkMs: summary(work),
        rafDeltaMs: summary(deltas),
        /** From a separate traced pass: CPU time, which a busy machine does not inflate. */
        mainThreadCpuMs: cpu.cpuMs.length ? summary(cpu.cpuMs) : null,
        mainThreadPhaseMsPerFrame: Object.fromEntries(
          Object.entries(cpu.phaseMs).map(([k, v]) => [k, round(v)]),
        ),
        // A delta over 1.5 frames (25 ms at 60 Hz) means the display skipped a frame.
        droppedFrameShare: round(deltas.filter((d) => d > 25).length / deltas.length, 3),
        perColumn: passes[0]!.map((r, i) => ({
          title: r.title,
          realPosts: deck!.realPosts[i],
          setSize: loaded[i]!.setSize,
          cardsInDom: r.rendered,
          scrolledPx: r.scrolledPx,
          p95PerPass: passes.map((pass) => round(percentile(pass[i]!.work, 95))),
        })),
        loadMs: deck.loadMs,
        heapAfterFirstLoadsMiB: round(deck.heapAfterFirstLoadsMiB, 1),
        chromium: browser.version(),
      },
    };
  } finally {
    await browser.close();
    await deck?.harness.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
