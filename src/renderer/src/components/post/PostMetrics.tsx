import type { Post } from '../../../../shared/x/types';

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** Public counts, as words for screen readers and as compact numbers on screen. */
export function PostMetrics({ metrics }: { metrics: NonNullable<Post['metrics']> }) {
  const items = [
    { n: metrics.replies, one: 'reply', many: 'replies' },
    { n: metrics.reposts, one: 'repost', many: 'reposts' },
    { n: metrics.quotes, one: 'quote', many: 'quotes' },
    { n: metrics.likes, one: 'like', many: 'likes' },
  ];
  return (
    <ul className="post-metrics" aria-label="Counts">
      {items.map((item) => (
        <li key={item.one}>
          <span className="metric-number">{compact.format(item.n)}</span>{' '}
          {item.n === 1 ? item.one : item.many}
        </li>
      ))}
    </ul>
  );
}
