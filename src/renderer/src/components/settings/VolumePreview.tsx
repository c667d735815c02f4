import { useEffect } from 'react';
import { estimateVolume, volumeWords } from '../../../../shared/spend/volume';
import { DEFAULT_PRICES } from '../../../../shared/x/prices';
import { useStore } from '../../store';

/** How long the query must stay unchanged before it is counted: each count is a billed request. */
const SETTLE_MS = 1200;

/**
 * What a search column will cost, before it is saved: X's count of the posts its query matched
 * last week (one billed request a query a day, with the app's bearer token), priced at the
 * column's interval. Without a bearer token it says what it would need and shows no figure.
 * Self-contained: give it the query X will receive and the interval.
 */
export function VolumePreview({ query, intervalMs }: { query: string; intervalMs: number }) {
  const hasToken = useStore((s) => s.xApp?.hasBearerToken ?? false);
  const answer = useStore((s) => s.volumes[query]);
  const countVolume = useStore((s) => s.countVolume);
  const trimmed = query.trim();

  useEffect(() => {
    if (!hasToken || trimmed === '' || answer) return;
    const timer = setTimeout(() => void countVolume(query), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [hasToken, trimmed, query, answer, countVolume]);

  if (trimmed === '') return null;
  let text: string;
  if (!hasToken || answer?.state === 'no-token') {
    text = `No estimate: X counts the posts a query matched only for your X app's bearer token. Add it under "Your X app" in Accounts to see last week's volume and the daily price here before saving (each count is one request, $${DEFAULT_PRICES.countsRecent.toFixed(3)}, once a day per query).`;
  } else if (!answer || answer.state === 'counting') {
    text = 'Counting the posts this query matched last week…';
  } else if (answer.state === 'refused') {
    text = `No estimate: ${answer.message}`;
  } else if (!Number.isFinite(intervalMs) || intervalMs <= 0) {
    const e = estimateVolume(answer.counts, 60_000);
    text = `About ${answer.counts.total.toLocaleString('en-US')} posts matched last week (≈ ${Math.round(e.perDay).toLocaleString('en-US')} a day). Set a refresh interval to see the price.`;
  } else {
    text = volumeWords(estimateVolume(answer.counts, intervalMs));
  }
  return (
    <p className="volume-preview" role="status" aria-label="Volume and price">
      {text}
    </p>
  );
}
