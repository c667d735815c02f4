import type { Random } from './prng';
import type { SimPost, SimUser } from './types';

/**
 * Customers answer back. When the brand (or its owner) replies to a customer, the customer
 * answers that reply once, some minutes later on the world's clock, so a support conversation
 * goes Waiting → Open in tests and demo mode as it does with real people.
 */
export interface FollowUp {
  text: string;
  /** How long after the brand's reply the customer answers. */
  delayMs: number;
}

const FOLLOW_UPS = [
  'Thank you! One more thing: does it come with a converter?',
  "Thanks for the quick answer. It still hasn't arrived though, should I wait another day?",
  'Brilliant, thank you! Is there a discount if I order two?',
  'Thanks! Sorry, which size nib would you recommend for small handwriting?',
  'Ah great, thanks. Can I change the delivery address on the order?',
];

const MIN_DELAY_MS = 20 * 60_000;
const MAX_DELAY_MS = 90 * 60_000;

/**
 * The customer's answer to `reply`, or null: only a brand or owner reply, only to a customer's
 * own post, and only the first such reply in the conversation (the customer answers once).
 */
export function followUpTo(
  reply: { authorRole: SimUser['role']; parent: SimPost; parentAuthor: SimUser },
  alreadyAnswered: boolean,
  random: Random,
): FollowUp | null {
  if (reply.authorRole !== 'brand' && reply.authorRole !== 'owner') return null;
  if (reply.parentAuthor.role !== 'customer' || alreadyAnswered) return null;
  return {
    text: random.pick(FOLLOW_UPS),
    delayMs: random.int(MIN_DELAY_MS, MAX_DELAY_MS),
  };
}
