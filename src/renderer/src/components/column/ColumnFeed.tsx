import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type UIEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store';
import { selectColumnPostIds } from '../../store/selectors';
import { PostCard, postDomId } from '../post/PostCard';
import { NewPostsPill } from './NewPostsPill';
import { readMarkerIndex } from './read-marker';

/** Scrolled further than this from the top, the user is reading: new posts must not move it. */
const AWAY_FROM_TOP_PX = 24;
const ESTIMATED_POST_HEIGHT = 150;

/**
 * A column's posts, virtualised: only the posts in view (and a few around) are in the DOM, each
 * measured as it renders, with its position in the whole column for assistive technology.
 * Scrolled down, new posts arrive above without moving what the user reads (the virtualiser
 * anchors on the post in view) and a pill counts them; at the top they simply appear.
 */
export function ColumnFeed({ columnId, title }: { columnId: string; title: string }) {
  const ids = useStore(selectColumnPostIds(columnId));
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
  const scrollRef = useRef<HTMLDivElement>(null);

  // The virtualiser re-renders the feed itself; nothing here relies on React Compiler memoising.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_POST_HEIGHT,
    getItemKey: (index) => ids[index] ?? index,
    overscan: 4,
    // 'end' keeps the post in view where it is when posts are added above it.
    anchorTo: away ? 'end' : 'start',
  });

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

  const onScroll = (e: UIEvent<HTMLDivElement>) =>
    setScrolledAway(columnId, e.currentTarget.scrollTop > AWAY_FROM_TOP_PX);

  const markerAt = readMarkerIndex(ids, marker);
  const tabbableId = focusedPostId !== null && ids.includes(focusedPostId) ? focusedPostId : ids[0];

  return (
    <div className="column-feed-frame">
      {away && <NewPostsPill count={pending} onClick={() => virtualizer.scrollToOffset(0)} />}
      <div ref={scrollRef} className="column-body virtual" onScroll={onScroll}>
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
            {virtualizer.getVirtualItems().map((item) => {
              const postId = ids[item.index]!;
              return (
                <div
                  key={item.key as string}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className="feed-item"
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  {item.index === markerAt && (
                    <div className="read-marker" role="separator" aria-label="Seen up to here">
                      <span>Seen</span>
                    </div>
                  )}
                  <PostCard
                    columnId={columnId}
                    postId={postId}
                    position={item.index + 1}
                    setSize={ids.length}
                    tabbable={postId === tabbableId}
                  />
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}
