/**
 * How one word or phrase is written in an X search query, and how a pasted list of them is read.
 *
 * X's query grammar documents no escape for a double quote inside a quoted phrase, and its
 * tokenizer ignores punctuation when matching, so quotes inside a term are replaced by spaces:
 * the phrase then matches the same posts and the query stays valid.
 */

// Bare words: letters, digits and underscores, optionally as a hashtag, mention or cashtag
// (X's entity operators). Anything else (spaces, colons, parentheses, a leading dash, emoji)
// could be read as an operator or split into words, so it is quoted.
const BARE = /^[#@$]?[\p{L}\p{M}\p{N}_]+$/u;
const RESERVED = new Set(['OR', 'AND']);

/** Trims, turns inner double quotes into spaces and collapses runs of whitespace. */
export function normaliseTerm(raw: string): string {
  return raw
    .replace(/["“”„]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A normalised term as it goes in a query: bare when X reads it as one word, else quoted. */
export function formatTerm(raw: string): string {
  const term = normaliseTerm(raw);
  if (term === '') return '';
  return BARE.test(term) && !RESERVED.has(term) ? term : `"${term}"`;
}

/** Normalised terms, without empties and without repeats that differ only in case. */
export function uniqueTerms(raws: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of raws) {
    const term = normaliseTerm(raw);
    const key = term.toLowerCase();
    if (term === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(term);
  }
  return out;
}

/**
 * Terms from text pasted in bulk (a product list from a spreadsheet, a CSV line): one per line,
 * or separated by commas, semicolons or tabs.
 */
export function parseTermList(pasted: string): string[] {
  return uniqueTerms(pasted.split(/[\n\r,;\t]+/));
}

/** A username without its @, as `from:` wants it. */
export const bareUsername = (raw: string): string => raw.trim().replace(/^[@＠]/, '');

/** X usernames: 1 to 15 letters, digits or underscores. */
export const USERNAME = /^[A-Za-z0-9_]{1,15}$/;
