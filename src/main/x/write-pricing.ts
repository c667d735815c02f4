import twitterText from 'twitter-text';
import type { WriteKind } from '../../shared/x/spend';

/**
 * Which price X charges for a new post (docs: Pricing): a reply (apps may only reply when
 * summoned) has its own price, and any other post with a link costs far more than one without.
 * Links are found the way X finds them, bare domains included.
 */
export function postCreateKind(text: string, isReply: boolean): WriteKind {
  if (isReply) return 'replySummoned';
  return twitterText.extractUrls(text).length > 0 ? 'postCreateWithUrl' : 'postCreate';
}
