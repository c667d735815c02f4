import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store';
import { selectColumnPostIds } from '../../store/selectors';
import { useOnlyTagged } from '../people/only-tagged';
import { PostCard, postDomId } from '../post/PostCard';
import { FeedScrolling } from '../post/PostActionsWhenStill';
import { feedRowRange } from './feed-range';
import { NewPostsPill } from './NewPostsPill';
import { readMarkerIndex } from './read-marker';
import { useReadWhileShown } from './use-reading';

/** Scrolled further than this from the top, the user is reading: new posts must not move it. */
const AWAY_FROM_TOP_PX = 24;
// A post's height before it is measured, per density: close guesses keep the scrollbar steady.
const estimateCompact = () => 96;
const estimateComfortable = () => 150;

interface RowProps {
  columnId: string;
  postId: string;
  index: number;
  setSize: number;
  tabbable: boolean;
  /** The read marker goes above this post. */
  marked: boolean;
  measure(element: HTMLElement | null): void;
}

/**
 * One post of the feed. Memoised on plain values: a scroll re-renders the feed, and only the rows
 * that came into view render again (a row's place is not among its props: see ColumnFeed).
 */
const FeedRow = memo(function FeedRow({
  columnId,
  postId,
  index,
  setSize,
  tabbable,
  marked,
  measure,
}: RowProps) {
  return (
    <div data-index={index} ref={measure} className="feed-item">
      {marked && (
        <div className="read-marker" role="separator" aria-label="Seen up to here">
          <span>Seen</span>
        </div>
      )}
      <PostCard
        columnId={columnId}
        postId={postId}
        position={index + 1}
        setSize={setSize}
        tabbable={tabbable}
      />
    </div>
  );
});

/**
 * A column's posts, virtualised: only the posts in view (and a few around) are in the DOM, each
 * measured as it renders, with its position in the whole column for assistive technology.
 * Scrolled down, new posts arrive above without moving what the user reads (the virtualiser
 * anchors on the post in view) and a pill counts them; at the top they simply appear.
 */
export function ColumnFeed({ columnId, title }: { columnId: string; title: string }) {
  const ids = useOnlyTagged(columnId, useStore(selectColumnPostIds(columnId)));
  const { marker, away, pending, focusedPostId, focusRequest, busy } = useStore(
    useShallow((s) => ({
      marker: s.readMarkers[columnId],
      away: s.scrolledAway[columnId] === true,
      pending: s.pendingNew[columnId] ?? 0,
      focusedPostId: s.focusedColumnId === columnId ? s.focusedPostId : null,
      focusRequest: s.focusedColumnId === columnId ? s.focusRequest : 0,
      busy: s.columnStatuses[columnId]?.state === 'loading',
    })),
  );
  const setScrolledAway = useStore((s) => s.setColumnScrolledAway);
  const compact = useStore((s) => s.appearance.density === 'compact');
  useReadWhileShown(columnId, ids, marker, away);
  const scrollRef = useRef<HTMLDivElement>(null);
  // Stable while the column's ids are: a new key function makes the virtualiser measure out
  // every post of the column again, on every render of a scroll.
  const getItemKey = useCallback((index: number) => ids[index] ?? index, [ids]);

  // The virtualiser re-renders the feed itself; nothing here relies on React Compiler memoising.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: compact ? estimateCompact : estimateComfortable,
    getItemKey,
    // The range is rendered on each scroll event, before the frame paints, so one post beyond
    // each edge is enough; every post more in the DOM of ten columns costs every frame.
    overscan: 1,
    rangeExtractor: feedRowRange,
    // 'end' keeps the post in view where it is when posts are added above it.
    anchorTo: away ? 'end' : 'start',
  });

  // Away from the top or not, from the offset the virtualiser read on its scroll event (reading
  // the element's scrollTop here would force a layout of what it just rendered). It re-renders
  // this feed when a scroll ends, so the last offset is always seen.
  const scrolledAway = (virtualizer.scrollOffset ?? 0) > AWAY_FROM_TOP_PX;
  useEffect(() => {
    setScrolledAway(columnId, scrolledAway);
  }, [columnId, scrolledAway, setScrolledAway]);

  // A keyboard move (j/k, a column number): bring the post into view, then focus it once rendered.
  useEffect(() => {
    if (focusRequest === 0 || focusedPostId === null) return;
    const index = ids.indexOf(focusedPostId);
    if (index === -1) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    let frames = 0;
    let raf = 0;
    const focus = () => {
      const el = document.getElementById(postDomId(columnId, focusedPostId));
      if (el) el.focus({ preventScroll: true });
      else if (frames++ < 10) raf = requestAnimationFrame(focus);
    };
    raf = requestAnimationFrame(focus);
    return () => cancelAnimationFrame(raf);
    // Only a new request moves the focus; new posts arriving must not steal it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const markerAt = readMarkerIndex(ids, marker);
  const items = virtualizer.getVirtualItems();
  const tabbableId = focusedPostId !== null && ids.includes(focusedPostId) ? focusedPostId : ids[0];

  return (
    <div className="column-feed-frame">
      {away && <NewPostsPill count={pending} onClick={() => virtualizer.scrollToOffset(0)} />}
      <div ref={scrollRef} className="column-body virtual">
        {ids.length === 0 ? (
          <p className="column-empty">No posts yet.</p>
        ) : (
          <div
            role="feed"
            aria-label={`Posts in ${title}`}
            aria-busy={busy}
            className="feed"
            style={{ height: virtualizer.getTotalSize() }}
          >
            {/* The rendered rows stack in normal flow, and only their block is placed (at the
                first row's offset). Placed one by one at offsets summed from estimates, a row
                that comes into view at its estimated height leaves a gap or an overlap in the
                frame that paints it, and every row below moves (and renders again) once it is
                measured; in flow they tile the feed whatever their heights. */}
            <div
              className="feed-rows"
              style={{ transform: `translateY(${items[0]?.start ?? 0}px)` }}
            >
              <FeedScrolling.Provider value={virtualizer.isScrolling}>
                {items.map((item) => {
                  const postId = ids[item.index]!;
                  return (
                    <FeedRow
                      key={item.key as string}
                      columnId={columnId}
                      postId={postId}
                      index={item.index}
                      setSize={ids.length}
                      tabbable={postId === tabbableId}
                      marked={item.index === markerAt}
                      measure={virtualizer.measureElement}
                    />
                  );
                })}
              </FeedScrolling.Provider>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
