/**
 * Likely misspellings of a brand or product name, for a support search ("what if he misspells
 * the name?"). Each kind of slip gets a likelihood from how often people make it (doubled
 * letters and missing spaces first, neighbouring keys last), lowered when it touches the first
 * letter, which people rarely get wrong. Deterministic: the same name always gives the same list.
 *
 * Suggestions are lower case: X's search ignores case.
 */

export interface MisspellingOptions {
  /** At most this many suggestions (default 20, never more than 200). */
  max?: number;
}

export const DEFAULT_MAX_MISSPELLINGS = 20;
const HARD_MAX = 200;
/** Shorter variants match too much unrelated text to be worth a search term. */
const MIN_LENGTH = 3;

// Keys next to each other on a QWERTY keyboard, across and diagonally below/above.
const QWERTY_NEIGHBOURS: Readonly<Record<string, string>> = {
  q: 'wa',
  w: 'qes',
  e: 'wrd',
  r: 'etf',
  t: 'ryg',
  y: 'tuh',
  u: 'yij',
  i: 'uok',
  o: 'ipl',
  p: 'ol',
  a: 'sqz',
  s: 'adwx',
  d: 'sfec',
  f: 'dgrv',
  g: 'fhtb',
  h: 'gjyn',
  j: 'hkum',
  k: 'jli',
  l: 'kop',
  z: 'xa',
  x: 'zcs',
  c: 'xvd',
  v: 'cbf',
  b: 'vng',
  n: 'bmh',
  m: 'nj',
};

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

// Likelihood of each kind of slip, highest first.
const SCORE = {
  missingSpace: 100,
  doubleUndoubled: 90,
  spaceAdded: 85,
  swap: 70,
  vowelDropped: 65,
  letterDropped: 60,
  letterDoubled: 50,
  neighbourKey: 40,
} as const;
const FIRST_LETTER_PENALTY = 30;

interface Suggestion {
  text: string;
  score: number;
  /** Where the slip happened, to order equal scores the same way every time. */
  at: number;
}

/** Likely misspellings of `name`, most likely first, without `name` itself (in any case). */
export function suggestMisspellings(name: string, options: MisspellingOptions = {}): string[] {
  const max = Math.min(HARD_MAX, Math.max(0, Math.floor(options.max ?? DEFAULT_MAX_MISSPELLINGS)));
  const original = name.trim().replace(/\s+/g, ' ').toLowerCase();
  const chars = Array.from(original);
  if (chars.length === 0 || max === 0) return [];

  const out: Suggestion[] = [];
  const add = (variant: string[], score: number, at: number) => {
    out.push({
      text: variant.join(''),
      score: at === 0 ? score - FIRST_LETTER_PENALTY : score,
      at,
    });
  };
  const without = (i: number) => [...chars.slice(0, i), ...chars.slice(i + 1)];

  // Joined words: "acme widgets" -> "acmewidgets", one space at a time, then all of them.
  const spaces = chars.flatMap((c, i) => (c === ' ' ? [i] : []));
  for (const i of spaces) add(without(i), SCORE.missingSpace, i);
  if (spaces.length > 1)
    add(
      chars.filter((c) => c !== ' '),
      SCORE.missingSpace - 5,
      spaces[0]!,
    );

  // Split words: where the written name changes case ("TimeDeck") people add a space.
  const written = Array.from(name.trim().replace(/\s+/g, ' '));
  if (written.length === chars.length) {
    for (let i = 1; i < written.length; i++) {
      const prev = written[i - 1]!;
      const cur = written[i]!;
      if (
        isLetter(prev) &&
        isLetter(cur) &&
        prev === prev.toLowerCase() &&
        cur !== cur.toLowerCase()
      ) {
        add([...chars.slice(0, i), ' ', ...chars.slice(i)], SCORE.spaceAdded, i);
      }
    }
  }

  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (!isLetter(c)) continue;
    const next = chars[i + 1];
    const prev = chars[i - 1];

    if (next === c) {
      // A doubled letter written once: "gillette" -> "gilette".
      add(without(i), SCORE.doubleUndoubled, i);
    } else if (prev !== c) {
      add(without(i), VOWELS.has(c) ? SCORE.vowelDropped : SCORE.letterDropped, i);
      add([...chars.slice(0, i), c, ...chars.slice(i)], SCORE.letterDoubled, i);
    }

    if (isLetter(next) && next !== c) {
      add([...chars.slice(0, i), next!, c, ...chars.slice(i + 2)], SCORE.swap, i);
    }

    for (const k of QWERTY_NEIGHBOURS[c] ?? '') {
      add([...chars.slice(0, i), k, ...chars.slice(i + 1)], SCORE.neighbourKey, i);
    }
  }

  out.sort(
    (a, b) => b.score - a.score || a.at - b.at || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
  );

  const seen = new Set([original]);
  const result: string[] = [];
  for (const s of out) {
    if (result.length >= max) break;
    if (seen.has(s.text) || Array.from(s.text.replace(/ /g, '')).length < MIN_LENGTH) continue;
    seen.add(s.text);
    result.push(s.text);
  }
  return result;
}
