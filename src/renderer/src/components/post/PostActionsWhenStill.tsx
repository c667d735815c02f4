import { createContext, useContext, useState, type ComponentProps } from 'react';
import { PostActions } from './PostActions';

/**
 * Whether the feed around a card is being scrolled. A row that comes into view mid-scroll is
 * seen for a frame or two; its seven action buttons were half of what Chromium painted per frame
 * of a scroll (bench/README.md), so it gets them once the scroll stops.
 */
export const FeedScrolling = createContext(false);

/**
 * The post's actions, or while its feed scrolls and it has not shown them yet, an empty slot
 * of their row's height: the card's height does not change when they come. Once shown they
 * stay (a button the user is on is never taken away).
 */
export function PostActionsWhenStill(props: ComponentProps<typeof PostActions>) {
  const scrolling = useContext(FeedScrolling);
  const [shown, setShown] = useState(!scrolling);
  if (!shown && !scrolling) setShown(true);
  if (shown) return <PostActions {...props} />;
  return (
    <div className="post-actions" aria-hidden="true" data-actions-pending="">
      <span className="post-action post-action-slot">
        <span className="post-icon" />
      </span>
    </div>
  );
}
