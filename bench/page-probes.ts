/**
 * Functions that run inside the page (Playwright serialises them): no imports, no closures over
 * anything outside their own body, plain data in and out.
 */

export interface ColumnStats {
  title: string;
  /** The column's length as its posts announce it to assistive technology (aria-setsize). */
  setSize: number;
  /** Post cards in the DOM now: a virtualised column keeps this small. */
  rendered: number;
}

/** Per column, found by its region's label: how long it is and how many cards it renders. */
export function columnStats(titles: string[]): ColumnStats[] {
  return titles.map((title) => {
    const region = [...document.querySelectorAll('[role="region"]')].find(
      (el) => el.getAttribute('aria-label') === title,
    );
    const cards = region ? [...region.querySelectorAll('[aria-setsize]')] : [];
    const setSize = Math.max(0, ...cards.map((c) => Number(c.getAttribute('aria-setsize'))));
    return { title, setSize, rendered: cards.length };
  });
}

export interface ScrollRun {
  title: string;
  /** Main-thread time of each frame: from the frame's start to the task after its paint. */
  work: number[];
  /** requestAnimationFrame deltas: the frame rate the user sees (capped by the display). */
  deltas: number[];
  scrolledPx: number;
  /** Cards in the DOM at the end. */
  rendered: number;
}

/**
 * Scrolls one column down by `pxPerFrame` every frame for `durationMs`, from its top, after
 * bringing it into view and letting it settle. (2,000 posts are far longer than a few seconds
 * of scrolling: it never reaches the end.)
 *
 * A frame's work is timed from its first main-thread work (its scroll event, which the
 * virtualiser renders from, or else its rAF callback) to a message posted from the rAF callback,
 * which runs as the first task after the frame's style, layout and paint. (From the rAF
 * timestamp instead, a busy machine's wait for a core would count as the page's work.)
 * Headless Chromium paces frames at 60 Hz whatever they cost, so rAF deltas alone cannot tell a
 * 2 ms frame from a 15 ms one; they are kept to count dropped frames.
 */
export async function scrollColumn(args: {
  title: string;
  durationMs: number;
  pxPerFrame: number;
}): Promise<ScrollRun> {
  const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const region = [...document.querySelectorAll<HTMLElement>('[role="region"]')].find(
    (el) => el.getAttribute('aria-label') === args.title,
  );
  if (!region) throw new Error(`no column "${args.title}" on screen`);
  const scrollers = [region, ...region.querySelectorAll<HTMLElement>('*')].filter((el) => {
    const overflow = getComputedStyle(el).overflowY;
    return (overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight;
  });
  const body = scrollers.sort((a, b) => b.scrollHeight - a.scrollHeight)[0];
  if (!body) throw new Error(`column "${args.title}" has nothing to scroll`);

  region.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  body.scrollTop = 0;
  for (let i = 0; i < 10; i++) await nextFrame();

  const work: number[] = [];
  const deltas: number[] = [];
  // The frame's first main-thread work: its scroll event (dispatched before rAF callbacks, and
  // seen here first, in the capture phase) or else its rAF callback.
  let firstWork: number | null = null;
  const onScroll = () => void (firstWork ??= performance.now());
  document.addEventListener('scroll', onScroll, { capture: true, passive: true });
  const channel = new MessageChannel();
  channel.port1.onmessage = (e: MessageEvent<number>) => void work.push(performance.now() - e.data);
  const startTop = body.scrollTop;
  let last = 0;
  const started = performance.now();
  await new Promise<void>((resolve) => {
    // Nothing here reads layout: a read would force the frame's layout into this callback.
    const frame = (t: number) => {
      if (last) deltas.push(t - last);
      last = t;
      const began = firstWork ?? performance.now();
      firstWork = null;
      body.scrollBy(0, args.pxPerFrame);
      channel.port2.postMessage(began);
      if (performance.now() - started < args.durationMs) requestAnimationFrame(frame);
      else setTimeout(resolve, 100);
    };
    requestAnimationFrame(frame);
  });
  channel.port1.close();
  document.removeEventListener('scroll', onScroll, { capture: true });
  return {
    title: args.title,
    work,
    deltas,
    scrolledPx: body.scrollTop - startTop,
    rendered: region.querySelectorAll('[aria-setsize]').length,
  };
}

export interface WheelTarget {
  /** Where to put the mouse: the middle of the column's visible feed, in CSS px. */
  x: number;
  y: number;
  scrollTop: number;
  /** The furthest the feed scrolls now (it grows as the virtualiser measures posts). */
  maxTop: number;
}

/**
 * Brings a column into view and answers where its feed is and how far it is scrolled. With
 * `toTop`, puts it at its top first. Also installs, once per column, the blank-viewport sampler:
 * at each frame's first scroll event (before the virtualiser re-renders for it), whether the
 * rows already in the DOM cover the viewport at the new offset. That is what the compositor
 * shows when it scrolls ahead of the main thread: the rows painted for the last offset, and
 * the feed's empty background beyond them. A sample reads the rows' boxes only: nothing has
 * changed the DOM since the frame before laid it out, so the read forces no layout.
 */
export function wheelTarget(args: { title: string; toTop: boolean }): WheelTarget {
  const region = [...document.querySelectorAll<HTMLElement>('[role="region"]')].find(
    (el) => el.getAttribute('aria-label') === args.title,
  );
  if (!region) throw new Error(`no column "${args.title}" on screen`);
  // The column's scrolling element: the longest scrollable element inside its region.
  const body = [region, ...region.querySelectorAll<HTMLElement>('*')]
    .filter((el) => {
      const overflow = getComputedStyle(el).overflowY;
      return (overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight;
    })
    .sort((a, b) => b.scrollHeight - a.scrollHeight)[0];
  if (!body) throw new Error(`column "${args.title}" has nothing to scroll`);
  region.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  if (args.toTop) body.scrollTop = 0;
  type Counts = { frames: number; blank: number; blankPx: number; seen: number };
  type Sampler = { title: string; painted: Counts; beforeRender: Counts };
  const w = window as unknown as { __blank?: Sampler; __blankOff?: () => void };
  if (w.__blank?.title !== args.title) {
    w.__blankOff?.();
    const counts = (): Counts => ({ frames: 0, blank: 0, blankPx: 0, seen: 0 });
    const sampler: Sampler = { title: args.title, painted: counts(), beforeRender: counts() };
    // The viewport's px that no row in the DOM covers, from the rows' boxes.
    const sample = (into: Counts) => {
      const feed = body.querySelector<HTMLElement>('[role="feed"]');
      if (!feed) return;
      const origin = feed.getBoundingClientRect().top;
      const top = body.scrollTop;
      const bottom = Math.min(top + body.clientHeight, feed.offsetHeight);
      const rows = [...feed.querySelectorAll<HTMLElement>('.feed-item')]
        .map((el) => {
          const r = el.getBoundingClientRect();
          return [r.top - origin, r.bottom - origin] as const;
        })
        .sort((a, b) => a[0] - b[0]);
      let covered = top;
      let uncovered = 0;
      for (const [from, to] of rows) {
        if (to <= covered) continue;
        if (from > covered) uncovered += Math.min(from, bottom) - covered;
        covered = Math.max(covered, to);
        if (covered >= bottom) break;
      }
      if (covered < bottom) uncovered += bottom - covered;
      into.frames++;
      // A pixel's row of rounding is not a blank.
      if (uncovered > 1) {
        into.blank++;
        into.blankPx += uncovered;
      }
      into.seen += Math.max(0, bottom - top);
    };
    let sampledThisFrame = false;
    const onScroll = (e: Event) => {
      if (e.target !== body || sampledThisFrame) return;
      sampledThisFrame = true;
      // Before the virtualiser renders for the new offset (this listener runs first, in the
      // capture phase): what a compositor-driven scroll shows until the main thread catches up.
      sample(sampler.beforeRender);
      // In the frame's animation callbacks, after the scroll handlers rendered (the
      // virtualiser renders synchronously on scroll): what this frame paints. Its layout is the
      // one the frame needs anyway.
      requestAnimationFrame(() => {
        sampledThisFrame = false;
        sample(sampler.painted);
      });
    };
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    w.__blank = sampler;
    w.__blankOff = () => document.removeEventListener('scroll', onScroll, { capture: true });
  }
  const box = body.getBoundingClientRect();
  const visibleLeft = Math.max(box.left, 0);
  const visibleRight = Math.min(box.right, window.innerWidth);
  return {
    x: (visibleLeft + visibleRight) / 2,
    y: box.top + Math.min(box.height, window.innerHeight - box.top) / 2,
    scrollTop: body.scrollTop,
    maxTop: body.scrollHeight - body.clientHeight,
  };
}

export interface BlankCounts {
  /** Frames sampled (frames with a scroll event of the column). */
  frames: number;
  /** Of them, those where part of the viewport had no rendered row. */
  blank: number;
  /** Blank px summed over the sampled frames, and viewport px summed over them. */
  blankPx: number;
  seen: number;
}

export interface BlankSamples {
  title: string;
  /** As the frame paints it (sampled in its animation callbacks). */
  painted: BlankCounts;
  /** At the scroll event, before the virtualiser rendered for it. */
  beforeRender: BlankCounts;
}

/** The sampler's counts for the column it watches, and stops it. */
export function takeBlankSamples(): BlankSamples | null {
  const w = window as unknown as { __blank?: BlankSamples; __blankOff?: () => void };
  const s = w.__blank ?? null;
  w.__blankOff?.();
  delete w.__blank;
  delete w.__blankOff;
  return s;
}
