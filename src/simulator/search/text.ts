/**
 * How search sees text: case and accents folded (X's recent search matches "Diacrítica" and
 * "Diacritica" alike), split into word tokens.
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Every search request matches every post of the world's timeline, and the texts are few and
// never change: tokenising each once, not once per request, is most of a polling day's CPU.
const tokenCache = new Map<string, readonly string[]>();
const TOKEN_CACHE_MAX = 50_000;

export function wordTokens(text: string): readonly string[] {
  let tokens = tokenCache.get(text);
  if (!tokens) {
    tokens = fold(text).match(/[\p{L}\p{N}_]+/gu) ?? [];
    if (tokenCache.size >= TOKEN_CACHE_MAX) tokenCache.clear();
    tokenCache.set(text, tokens);
  }
  return tokens;
}

/** Whether `needle` (a sequence of tokens) occurs contiguously in `haystack`. */
export function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
