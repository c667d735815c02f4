import { useNow } from '../../hooks/use-now';
import { relativeTime, relativeTimeWords } from '../../lib/relative-time';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/**
 * "5m", kept current by the shared clock: a young post ticks every second, an older one every
 * minute, and only this element re-renders.
 */
export function RelativeTime({ iso }: { iso: string }) {
  const then = Date.parse(iso);
  const minuteNow = useNow(MINUTE);
  const now = useNow(minuteNow - then < 2 * MINUTE ? SECOND : MINUTE);
  const exact = new Date(then).toLocaleString();
  return (
    <time dateTime={iso} title={exact} aria-label={relativeTimeWords(then, now)}>
      {relativeTime(then, now)}
    </time>
  );
}
