import * as twitterText from 'twitter-text';

/** X's limit for a post, in twitter-text's weighted characters. */
export const MAX_POST_WEIGHT = 280;

type TwitterText = typeof twitterText;

// twitter-text ships CommonJS plus an ESM build with only a default export, so Node, Vite and
// vitest each hand back its functions at a different depth: take them where they are.
const api: TwitterText = (() => {
  const mod = twitterText as unknown as Record<string, unknown>;
  return (typeof mod.parseTweet === 'function' ? mod : mod.default) as TwitterText;
})();

export interface ComposeLength {
  /** Weighted length as X counts it: most CJK and emoji count 2, every link counts 23. */
  weightedLength: number;
  /** Weighted characters left before the limit; negative when over it. */
  remaining: number;
  /** Whether X would accept the text: not empty, not over the limit, no invalid characters. */
  valid: boolean;
}

/** How long `text` is as X counts it, and what is left of the 280. */
export function composeLength(text: string): ComposeLength {
  const parsed = api.parseTweet(text);
  return {
    weightedLength: parsed.weightedLength,
    remaining: MAX_POST_WEIGHT - parsed.weightedLength,
    valid: parsed.valid,
  };
}

export function weightedLength(text: string): number {
  return api.parseTweet(text).weightedLength;
}

export function remainingWeight(text: string): number {
  return MAX_POST_WEIGHT - weightedLength(text);
}

/** Whether X will see a link in the text, bare domains ("example.com") included. */
export const hasLink = (text: string): boolean => api.extractUrls(text).length > 0;
