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
import { percentile, round } from './stats';

/**
 * scroll_frame_p50_ms, scroll_frame_p95_ms and heap_mb: the real renderer in Debian's Chromium,
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
  passes: 2,
  /** 80 px a frame at 60 Hz: a brisk flick through a column, ~5,000 px/s. */
  pxPerFrame: 80,
  /** A further pass under a performance trace, for main-thread CPU per frame and its phases. */
  tracedMsPerColumn: 1500,
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
    const titles = columns.map((c) => c.title);
    await waitForPosts(page, titles, perColumn);
    return {
      page,
      harness,
      titles,
      realPosts: real.map((b) => b.posts.length),
      heapAfterFirstLoadsMiB,
      loadMs: Date.now() - loadStarted,
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
        scroll_frame_p50_ms: round(percentile(work, 50)),
        scroll_frame_p95_ms: round(percentile(work, 95)),
        heap_mb: round(heap, 1),
      },
      details: {
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
