import {
  DEFAULT_PRICES,
  PRICES_READ_ON,
  postCreateKind,
  type PostKind,
} from '../../../../shared/x/prices';

const WHY: Record<PostKind, string> = {
  postCreate: '',
  postCreateWithUrl: ' (a post with a link)',
  replySummoned: ' (a reply)',
};

/**
 * What Send will cost, from the one price table: X bills a post on creation, more with a link,
 * less as a summoned reply. A reply that opens on x.com costs the app nothing.
 */
export function PostPrice({
  text,
  isReply,
  viaX,
}: {
  text: string;
  isReply: boolean;
  /** The reply goes to x.com (X lets apps reply only when summoned): no API request. */
  viaX: boolean;
}) {
  const kind = postCreateKind(text, isReply);
  const price = DEFAULT_PRICES[kind];
  return (
    <span
      className="post-price"
      aria-label="Price of this post"
      title={`X's pay-per-use prices as read on ${PRICES_READ_ON}`}
    >
      {viaX ? 'Free: opens on x.com' : `$${price.toFixed(3)}${WHY[kind]}`}
    </span>
  );
}
