import { memo } from 'react';
import { useNow } from '../../hooks/use-now';
import { exactTime, relativeTime, relativeTimeWords, tickFor } from '../../lib/relative-time';

const MINUTE = 60_000;

/**
 * "5m", kept current by the shared clocks: a post younger than a minute ticks every second, an
 * older one every minute, and only this element re-renders. (The minute clock is never ahead of
 * the time, so a post it finds younger than a minute really is.)
 */
export const RelativeTime = memo(function RelativeTime({ iso }: { iso: string }) {
  const then = Date.parse(iso);
  const minuteNow = useNow(MINUTE);
  const now = useNow(tickFor(then, minuteNow));
  return (
    <time dateTime={iso} title={exactTime(then)} aria-label={relativeTimeWords(then, now)}>
      {relativeTime(then, now)}
    </time>
  );
});
