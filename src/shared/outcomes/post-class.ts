import { isOwnDomain } from './utm';

/**
 * The balance of an account's own posts: promotional (selling), support (answering customers)
 * or social (everything else: the personality people follow). Rules, not a model, so the owner
 * can see why a post was classed as it was, and an override they set always wins.
 */
export const POST_CLASSES = ['promotional', 'support', 'social'] as const;
export type PostClass = (typeof POST_CLASSES)[number];

export interface OwnPost {
  text: string;
  /** Expanded URLs of its links (X's entities), not the t.co ones. */
  urls: readonly string[];
  /** The post it replies to, and whether that was a customer's (from the inbox or a column). */
  replyToCustomer: boolean;
  /** What the owner said this post is, if they corrected the rules. */
  override?: PostClass;
}

export interface BrandWords {
  /** The owner's own domains (settings). */
  domains: readonly string[];
  /** Product names (from the brand's support columns). */
  products: readonly string[];
}

export interface Classified {
  postClass: PostClass;
  /** In words, for the tooltip: why the rules chose it. */
  reason: string;
}

const SALES_WORDS =
  /(?:^|[^\p{L}])(?:sale|discount|\d+\s?% off|off everything|promo(?:tion)?(?: code)?|coupon|code [A-Z0-9]{3,}|free shipping|buy now|shop now|order now|in stock|back in stock|restock(?:ed)?|new arrivals?|pre-?order|limited edition|launch(?:ing|ed)?|deal)(?=$|[^\p{L}])/iu;
const PRICE = /(?:[$£€¥]\s?\d|\d(?:[.,]\d{2})?\s?(?:usd|gbp|eur|dollars|pounds|euros)\b)/iu;

const hasWord = (text: string, word: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${word.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
    'iu',
  ).test(text);

export function classifyPost(post: OwnPost, brand: BrandWords): Classified {
  if (post.override) return { postClass: post.override, reason: 'Set by you' };
  if (post.replyToCustomer) return { postClass: 'support', reason: 'A reply to a customer' };
  const ownLink = post.urls.find((raw) => {
    try {
      return isOwnDomain(new URL(raw), brand.domains);
    } catch {
      return false;
    }
  });
  if (ownLink) return { postClass: 'promotional', reason: `Links to your site (${ownLink})` };
  const sales = SALES_WORDS.exec(post.text);
  if (sales) return { postClass: 'promotional', reason: `Says “${sales[0].trim()}”` };
  if (PRICE.test(post.text)) return { postClass: 'promotional', reason: 'Names a price' };
  const product = brand.products.find((p) => p.trim().length >= 2 && hasWord(post.text, p));
  if (product) return { postClass: 'promotional', reason: `Names a product (${product.trim()})` };
  return { postClass: 'social', reason: 'No link to your site, product, price or sales words' };
}

export interface Balance {
  total: number;
  promotional: number;
  support: number;
  social: number;
  /** Promotional posts as a share of all, 0–1; null with no posts. */
  promotionalShare: number | null;
}

export function balanceOf(classes: readonly PostClass[]): Balance {
  const count = (c: PostClass) => classes.filter((x) => x === c).length;
  const total = classes.length;
  const promotional = count('promotional');
  return {
    total,
    promotional,
    support: count('support'),
    social: count('social'),
    promotionalShare: total ? promotional / total : null,
  };
}

/** The owner's target: at most one promotional post in `outOf` (default 1 in 5). */
export interface BalanceTarget {
  promotional: number;
  outOf: number;
}
export const DEFAULT_BALANCE_TARGET: BalanceTarget = { promotional: 1, outOf: 5 };

/**
 * Before a promotional post is sent: what it would make of the last ten, and whether that breaks
 * the target. `recent` is newest first; null when the post is fine.
 */
export function promotionalWarning(
  recent: readonly PostClass[],
  target: BalanceTarget = DEFAULT_BALANCE_TARGET,
  window = 10,
): string | null {
  const last = ['promotional' as PostClass, ...recent.slice(0, window - 1)];
  const promotional = last.filter((c) => c === 'promotional').length;
  if (promotional * target.outOf <= last.length * target.promotional) return null;
  return `This would make ${promotional} of your last ${last.length} posts promotional (your target: at most ${target.promotional} in ${target.outOf}).`;
}
