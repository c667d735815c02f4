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
