import type { Post } from '../../../../shared/x/types';
import type { PostIconName } from '../header/icon-images';
import { PostIcon } from '../header/icons';

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/**
 * Public counts, only those above zero ("0 replies 0 reposts" says nothing): an icon and a
 * compact number on screen, the words for screen readers.
 */
export function PostMetrics({ metrics }: { metrics: NonNullable<Post['metrics']> }) {
  const items: { n: number; one: string; many: string; icon: PostIconName }[] = [
    { n: metrics.replies, one: 'reply', many: 'replies', icon: 'reply' },
    { n: metrics.reposts, one: 'repost', many: 'reposts', icon: 'repost' },
    { n: metrics.quotes, one: 'quote', many: 'quotes', icon: 'quote' },
    { n: metrics.likes, one: 'like', many: 'likes', icon: 'like' },
  ];
  const shown = items.filter((item) => item.n > 0);
  if (shown.length === 0) return null;
  return (
    <ul className="post-metrics" aria-label="Counts">
      {shown.map((item) => (
        <li key={item.one} title={`${item.n} ${item.n === 1 ? item.one : item.many}`}>
          <PostIcon name={item.icon} />
          <span className="metric-number">{compact.format(item.n)}</span>
          <span className="visually-hidden"> {item.n === 1 ? item.one : item.many}</span>
        </li>
      ))}
    </ul>
  );
}
