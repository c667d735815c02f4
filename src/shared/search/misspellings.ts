import { doubleMetaphone } from 'double-metaphone';

/**
 * Likely misspellings of a brand or product name, for a support search ("what if she misspells
 * the name?"). People misspell by sound and by habit, not by neighbouring keys: a doubled letter
 * written once, the wrong vowel in an unstressed syllable, -ery for -ory, -ie for -y, a silent
 * letter left out, c for k, f for ph, two words joined, an apostrophe dropped. Each habit has a
 * weight (how often people make that slip, from published lists of misspelt brands); a variant
 * may combine two habits (Quillory -> Quilery), its weight the product. A phonetic key (Double
 * Metaphone) then keeps only the variants that sound like the name: a customer who says the
 * brand aloud and writes what they hear. Keyboard slips (neighbouring keys, swapped letters) are
 * a separate option, ranked after every habit. Deterministic: the same name gives the same list.
 *
 * Suggestions are lower case: X's search ignores case.
 */

export interface MisspellingOptions {
  /** At most this many suggestions (default 30, never more than 200). */
  max?: number;
  /** Add keyboard slips (neighbouring keys, swapped or dropped letters) after the habits. */
  keyboardTypos?: boolean;
}

export const DEFAULT_MAX_MISSPELLINGS = 30;
const HARD_MAX = 200;
/** Shorter variants match too much unrelated text to be worth a search term. */
const MIN_LENGTH = 3;
/** People rarely get the first letter wrong; a slip there counts for this much less. */
const FIRST_LETTER_FACTOR = 0.35;
/** Below this a combined variant is noise, however it sounds. */
const MIN_WEIGHT = 0.04;

/** One kind of slip: replace `from` by `to`, where the pattern says. */
interface Habit {
  from: string;
  to: string;
  weight: number;
  where?: 'start' | 'end' | 'inside';
}

// Swaps people make by sound and habit; weights are relative frequencies, highest first.
const HABITS: readonly Habit[] = [
  // Endings people hear as the same vowel.
  { from: 'ory', to: 'ery', weight: 0.8, where: 'end' },
  { from: 'ory', to: 'ary', weight: 0.75, where: 'end' },
  { from: 'ery', to: 'ary', weight: 0.75, where: 'end' },
  { from: 'ery', to: 'ory', weight: 0.6, where: 'end' },
  { from: 'ary', to: 'ery', weight: 0.75, where: 'end' },
  { from: 'ary', to: 'ory', weight: 0.55, where: 'end' },
  { from: 'y', to: 'ie', weight: 0.7, where: 'end' },
  { from: 'y', to: 'ey', weight: 0.6, where: 'end' },
  { from: 'y', to: 'i', weight: 0.45, where: 'end' },
  { from: 'ie', to: 'y', weight: 0.7, where: 'end' },
  { from: 'ie', to: 'ey', weight: 0.55, where: 'end' },
  { from: 'ey', to: 'y', weight: 0.7, where: 'end' },
  { from: 'ey', to: 'ie', weight: 0.55, where: 'end' },
  { from: 'i', to: 'y', weight: 0.4, where: 'end' },
  { from: 'i', to: 'ie', weight: 0.4, where: 'end' },
  { from: 'ence', to: 'ance', weight: 0.6, where: 'end' },
  { from: 'ance', to: 'ence', weight: 0.6, where: 'end' },
  { from: 'able', to: 'ible', weight: 0.55, where: 'end' },
  { from: 'ible', to: 'able', weight: 0.55, where: 'end' },
  { from: 'er', to: 'or', weight: 0.4, where: 'end' },
  { from: 'or', to: 'er', weight: 0.45, where: 'end' },
  { from: 'ar', to: 'er', weight: 0.4, where: 'end' },
  { from: 'le', to: 'el', weight: 0.45, where: 'end' },
  { from: 'el', to: 'le', weight: 0.35, where: 'end' },
  { from: 're', to: 'er', weight: 0.45, where: 'end' },
  { from: 'e', to: '', weight: 0.45, where: 'end' },
  // ie / ei, the rule nobody remembers.
  { from: 'ie', to: 'ei', weight: 0.75 },
  { from: 'ei', to: 'ie', weight: 0.75 },
  // Silent letters left out.
  { from: 'qu', to: 'q', weight: 0.5 },
  { from: 'wh', to: 'w', weight: 0.6, where: 'start' },
  { from: 'kn', to: 'n', weight: 0.5, where: 'start' },
  { from: 'wr', to: 'r', weight: 0.5, where: 'start' },
  { from: 'gh', to: 'g', weight: 0.55 },
  { from: 'rh', to: 'r', weight: 0.5 },
  { from: 'mb', to: 'm', weight: 0.4, where: 'end' },
  { from: 'sch', to: 'sh', weight: 0.55 },
  { from: 'tch', to: 'ch', weight: 0.5 },
  { from: 'ch', to: 'tch', weight: 0.35, where: 'inside' },
  // c / k / ck, s / c / z, x / ks.
  { from: 'ck', to: 'k', weight: 0.55 },
  { from: 'ck', to: 'c', weight: 0.45 },
  { from: 'k', to: 'c', weight: 0.45 },
  { from: 'c', to: 'k', weight: 0.45 },
  { from: 'k', to: 'ck', weight: 0.35, where: 'inside' },
  { from: 'ce', to: 'se', weight: 0.5 },
  { from: 'ci', to: 'si', weight: 0.5 },
  { from: 'z', to: 's', weight: 0.55 },
  { from: 's', to: 'z', weight: 0.35, where: 'inside' },
  { from: 'x', to: 'ks', weight: 0.45 },
  { from: 'ks', to: 'x', weight: 0.4 },
  // ph / f, i / y.
  { from: 'ph', to: 'f', weight: 0.6 },
  { from: 'f', to: 'ph', weight: 0.35 },
  { from: 'y', to: 'i', weight: 0.35, where: 'inside' },
  { from: 'i', to: 'y', weight: 0.2, where: 'inside' },
  // Long vowels written the other way.
  { from: 'ee', to: 'ea', weight: 0.45 },
  { from: 'ea', to: 'ee', weight: 0.45 },
  { from: 'oo', to: 'ou', weight: 0.35 },
  { from: 'ou', to: 'ow', weight: 0.35 },
  // Joined words.
  { from: ' & ', to: ' and ', weight: 0.6 },
  { from: ' & ', to: ' ', weight: 0.7 },
  { from: ' and ', to: ' & ', weight: 0.5 },
  { from: '-', to: ' ', weight: 0.85 },
  { from: '-', to: '', weight: 0.8 },
  { from: '.', to: '', weight: 0.6 },
];

const VOWELS = 'aeiou';
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

const WEIGHT = {
  joinWords: 0.95,
  splitAtCapital: 0.85,
  undouble: 0.9,
  /** A single consonant doubled between vowels ("Addidas", "Channel"). */
  double: 0.6,
  /** An l, s or t doubled before a consonant ("Hillfiger"). */
  doubleBeforeConsonant: 0.3,
  /** A vowel written as another: the unstressed ones get this, the others less. */
  vowel: 0.22,
  /** A long vowel spelt twice ("Febreeze"). */
  doubleVowel: 0.3,
  vowelsSwapped: 0.25,
  apostropheDropped: 0.95,
  apostropheAdded: 0.35,
  pluralAdded: 0.45,
  pluralDropped: 0.5,
  keyboardSwap: 0.03,
  keyboardDropped: 0.025,
  keyboardNeighbour: 0.02,
} as const;

// Consonants people double by habit (between vowels, after a short vowel).
const DOUBLING = 'bcdfglmnprstz';

// Keys next to each other on a QWERTY keyboard, for the keyboard slips option.
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

interface Variant {
  text: string;
  weight: number;
}

/** How many letters a habit keeps at its start: "wh" -> "w" leaves the first letter alone. */
function sharedPrefix(habit: Habit): number {
  let n = 0;
  while (n < habit.from.length && habit.from[n] === habit.to[n]) n++;
  return n;
}

// Habits that need their neighbours: c before e, i, y or h is not a k sound ("Mercedes",
// "Skechers"), and ck follows a short vowel, never a consonant ("sckechers").
function misfits(habit: Habit, word: string, start: number, end: number): boolean {
  if (habit.from === 'c' && habit.to === 'k') return 'eihy'.includes(word[end] ?? ' ');
  if (habit.to === 'ck') return !isVowel(word[start - 1]);
  return false;
}

/** Every variant one habit away from `word`, with its weight. */
export function habitVariants(word: string, camelBreaks: readonly number[] = []): Variant[] {
  const out: Variant[] = [];
  const add = (text: string, weight: number, at: number) =>
    out.push({ text, weight: at === 0 ? weight * FIRST_LETTER_FACTOR : weight });
  const replace = (i: number, len: number, by: string) =>
    word.slice(0, i) + by + word.slice(i + len);

  for (const habit of HABITS) {
    let i = word.indexOf(habit.from);
    while (i >= 0) {
      const end = i + habit.from.length;
      const fits =
        habit.where === 'start'
          ? i === 0
          : habit.where === 'end'
            ? end === word.length || !isLetter(word[end])
            : habit.where === 'inside'
              ? i > 0 && end < word.length
              : true;
      if (fits && !misfits(habit, word, i, end))
        add(replace(i, habit.from.length, habit.to), habit.weight, i + sharedPrefix(habit));
      i = word.indexOf(habit.from, i + 1);
    }
  }

  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    const prev = word[i - 1];
    const next = word[i + 1];
    if (c === ' ' && isLetter(prev) && isLetter(next)) add(replace(i, 1, ''), WEIGHT.joinWords, i);
    if (c === "'") add(replace(i, 1, ''), WEIGHT.apostropheDropped, i);
    if (!isLetter(c)) continue;
    if (next === c) {
      // A doubled letter written once: "gillette" -> "gilette".
      add(replace(i, 2, c), WEIGHT.undouble, i);
    } else if (prev !== c && DOUBLING.includes(c) && isVowel(prev)) {
      if (isVowel(next)) add(replace(i, 1, c + c), WEIGHT.double, i);
      else if ('lst'.includes(c) && isLetter(next))
        add(replace(i, 1, c + c), WEIGHT.doubleBeforeConsonant, i);
    }
    if (isVowel(c) && prev !== c && next !== c && prev !== 'q') {
      // The wrong vowel: rarely the first syllable's or the last letter, more often between.
      const weight = i <= 1 || !isLetter(next) ? WEIGHT.vowel / 2 : WEIGHT.vowel;
      for (const v of VOWELS) if (v !== c) add(replace(i, 1, v), weight, i);
      // A long e spelt twice, before a consonant and a vowel ("Febreze" -> "febreeze").
      if (c === 'e' && !isVowel(next) && isVowel(word[i + 2]))
        add(replace(i, 1, 'ee'), WEIGHT.doubleVowel, i);
    }
    if (isVowel(c) && isVowel(next) && next !== c && prev !== 'q') {
      add(replace(i, 2, next! + c), WEIGHT.vowelsSwapped, i);
    }
  }

  for (const at of camelBreaks) add(replace(at, 0, ' '), WEIGHT.splitAtCapital, at);

  // Apostrophes and plurals: "sainsburys" / "sainsbury's", "lowes" / "lowe".
  const last = word.length - 1;
  if (word.endsWith("'s")) add(word.slice(0, -2), WEIGHT.pluralDropped, last);
  else if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) {
    add(`${word.slice(0, -1)}'s`, WEIGHT.apostropheAdded, last);
    add(word.slice(0, -1), WEIGHT.pluralDropped, last);
  } else if (isLetter(word[last])) {
    add(`${word}s`, WEIGHT.pluralAdded, last);
    add(`${word}'s`, WEIGHT.apostropheAdded * 0.7, last);
  }
  return out;
}

/** Keyboard slips one key away: swapped neighbours, a dropped letter, a neighbouring key. */
export function keyboardVariants(word: string): Variant[] {
  const out: Variant[] = [];
  const add = (text: string, weight: number, at: number) =>
    out.push({ text, weight: at === 0 ? weight * FIRST_LETTER_FACTOR : weight });
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (!isLetter(c)) continue;
    const next = word[i + 1];
    if (isLetter(next) && next !== c) {
      add(word.slice(0, i) + next! + c + word.slice(i + 2), WEIGHT.keyboardSwap, i);
    }
    if (word[i - 1] !== c) add(word.slice(0, i) + word.slice(i + 1), WEIGHT.keyboardDropped, i);
    for (const k of QWERTY_NEIGHBOURS[c] ?? '') {
      add(word.slice(0, i) + k + word.slice(i + 1), WEIGHT.keyboardNeighbour, i);
    }
  }
  return out;
}

/** The sound of a name: its Double Metaphone codes, letters only ("&" and "and" are glue). */
export function soundKeys(text: string): string[] {
  const letters = text.replace(/(^|\s)and(\s|$)/g, ' ').replace(/[^\p{L}]/gu, '');
  if (letters === '') return [];
  return [...new Set(doubleMetaphone(letters))];
}

/** Whether `variant` sounds like a name with these keys (shares a Double Metaphone code). */
export function soundsLike(keys: readonly string[], variant: string): boolean {
  return soundKeys(variant).some((k) => keys.includes(k));
}

/** Where the written name changes case ("TimeDeck"), people add a space. */
function camelBreaksOf(written: string): number[] {
  const chars = Array.from(written);
  const breaks: number[] = [];
  for (let i = 1; i < chars.length; i++) {
    const prev = chars[i - 1]!;
    const cur = chars[i]!;
    if (isLetter(prev) && isLetter(cur) && prev === prev.toLowerCase() && cur !== cur.toLowerCase())
      breaks.push(i);
  }
  return breaks;
}

/** Likely misspellings of `name`, most likely first, without `name` itself (in any case). */
export function suggestMisspellings(name: string, options: MisspellingOptions = {}): string[] {
  const max = Math.min(HARD_MAX, Math.max(0, Math.floor(options.max ?? DEFAULT_MAX_MISSPELLINGS)));
  const written = name.trim().replace(/\s+/g, ' ').replace(/[’‘]/g, "'");
  const original = written.toLowerCase();
  if (original === '' || max === 0) return [];
  // Case changes map one to one only when lower-casing keeps the length.
  const breaks = written.length === original.length ? camelBreaksOf(written) : [];
  const keys = soundKeys(original);

  const best = new Map<string, number>();
  const keep = (text: string, weight: number) => {
    if (text === original || weight < MIN_WEIGHT) return;
    if ((best.get(text) ?? 0) < weight) best.set(text, weight);
  };

  const first = habitVariants(original, breaks);
  for (const one of first) {
    keep(one.text, one.weight);
    // A second habit on top of the first: "quillory" -> "quilory" -> "quilery".
    if (one.weight * 0.9 < MIN_WEIGHT) continue;
    for (const two of habitVariants(one.text)) keep(two.text, one.weight * two.weight * 0.9);
  }

  const ranked = [...best]
    .filter(([text]) => keys.length === 0 || soundsLike(keys, text))
    .map(([text, weight]) => ({ text, weight }));

  if (options.keyboardTypos) {
    for (const slip of keyboardVariants(original)) {
      if (!best.has(slip.text) && slip.text !== original) ranked.push(slip);
    }
  }

  ranked.sort((a, b) => b.weight - a.weight || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));

  const seen = new Set([original]);
  const result: string[] = [];
  for (const s of ranked) {
    if (result.length >= max) break;
    const clean = s.text.trim().replace(/\s+/g, ' ');
    if (seen.has(clean) || Array.from(clean.replace(/[\s'-]/g, '')).length < MIN_LENGTH) continue;
    seen.add(clean);
    result.push(clean);
  }
  return result;
}
