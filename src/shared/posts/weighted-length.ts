import { TLDS } from './tlds';

/**
 * How X counts a post's length (twitter-text's v3 configuration: weightedLength of parseTweet),
 * written lean for the composer: twitter-text itself brings core-js 2, twemoji-parser and
 * punycode into the window for this one function. Held to X's count by twitter-text's own
 * conformance cases (tests/fixtures/twitter-text/validate.yml), and the simulator still checks
 * posts with twitter-text itself.
 *
 * Weights, in hundredths: a link 2,300 whatever its length; an emoji (a whole sequence: ZWJ,
 * skin tone, flag, keycap) 200; a code point in the Latin-and-friends ranges below 100; any other
 * 200. The text is NFC-normalised first.
 */

/** X's limit for a post, in twitter-text's weighted characters. */
export const MAX_POST_WEIGHT = 280;

const SCALE = 100;
const DEFAULT_WEIGHT = 200;
const URL_WEIGHT = 23 * SCALE;
const LIGHT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];
const MAX_URL_LENGTH = 4096;
const MAX_TCO_SLUG = 40;

export interface ComposeLength {
  /** Weighted length as X counts it: most CJK and emoji count 2, every link counts 23. */
  weightedLength: number;
  /** Weighted characters left before the limit; negative when over it. */
  remaining: number;
  /** Whether X would accept the text: not empty, not over the limit, no invalid characters. */
  valid: boolean;
}

// --- Links: what twitter-text's URL extractor counts as one, rebuilt from its rules. ---

const INVALID = '\\uFFFE\\uFEFF\\uFFFF';
const DIRECTIONAL = '\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';
const SPACES = '\\s\\u0085\\u180E';
/** A character of a domain label: not ASCII punctuation, space, invalid or directional. */
const D = `[^!-\\/:-@\\[-\`{-~${SPACES}${INVALID}${DIRECTIONAL}]`;
const LABEL = `${D}(?:(?:[-_]|${D})*${D})?`;
/** Where a link may start: not glued to a word, a mention, a cashtag or a hashtag. */
const BEFORE = `(?<=^|[^A-Za-z0-9@\\uFF20$#\\uFF03${INVALID}]|[${DIRECTIONAL}])`;
const CANDIDATE = new RegExp(
  `${BEFORE}(https?:\\/\\/)?((?:${LABEL}\\.)+(?:xn--[-0-9a-z]+|${D}+))`,
  'giu',
);
const LATIN_ACCENTS =
  '\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0253-\\u028B\\u02BB\\u1E00-\\u1EFF\\p{Mn}';
const CYRILLIC = '\\u0400-\\u04FF';
const PATH_CHAR = new RegExp(
  `[a-z${CYRILLIC}0-9!*';:=+,.$/%#\\[\\]\\-\\u2013_~@|&${LATIN_ACCENTS}]`,
  'i',
);
const PATH_END = new RegExp(`[+\\-a-z${CYRILLIC}0-9=_#/${LATIN_ACCENTS})]`, 'iu');
const QUERY_CHAR = /[a-z0-9!?*'@();:&=+$/%#[\]\-_.,~|]/i;
const QUERY_END = /[a-z0-9\-_&=#/]/i;
const AFTER_TLD = /[0-9a-zA-Z@+-]/;
const ASCII_LABEL = new RegExp(`^[-a-z0-9${LATIN_ACCENTS}]+$`, 'iu');

/**
 * The domain's end (an index into `labels.join('.')`) once a known top-level domain closes it,
 * trying the longest domain first, as twitter-text's pattern backtracks; -1 when none does.
 * `next` is the character after the whole candidate.
 */
function domainEnd(labels: readonly string[], next: string): number {
  for (let last = labels.length - 1; last >= 1; last--) {
    const label = labels[last]!;
    const following = last === labels.length - 1 ? next : '.';
    for (let k = label.length; k >= 1; k--) {
      const after = k < label.length ? label[k]! : following;
      if (after !== '' && AFTER_TLD.test(after)) continue;
      const tld = label.slice(0, k).toLowerCase();
      if (TLDS.has(tld) || /^xn--[-0-9a-z]+$/.test(tld)) {
        return labels.slice(0, last).join('.').length + 1 + k;
      }
    }
  }
  return -1;
}

/** The length of a URL path starting at `from` (a '/'), balanced parentheses included. */
function pathLength(text: string, from: number): number {
  let i = from;
  let depth = 0;
  let end = from;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) break;
      depth--;
    } else if (!PATH_CHAR.test(c)) break;
    i++;
    if (depth === 0 && PATH_END.test(c)) end = i;
  }
  return end - from;
}

function queryLength(text: string, from: number): number {
  let i = from + 1;
  let end = from;
  while (i < text.length && QUERY_CHAR.test(text[i]!)) {
    if (QUERY_END.test(text[i]!)) end = i + 1;
    i++;
  }
  return end - from;
}

/** Whether the domain survives IDNA: every label at most 63 characters once ASCII. */
function asciiDomainLength(domain: string): number | null {
  let ascii = domain;
  if (/[\u0080-\uFFFF]/.test(domain)) {
    try {
      ascii = new URL(`http://${domain}`).hostname;
    } catch {
      return null;
    }
  }
  return ascii.split('.').every((l) => l.length > 0 && l.length <= 63) ? ascii.length : null;
}

/** [start, end) of every link X would count as 23, in order. */
export function linkRanges(text: string): Array<[number, number]> {
  if (!text.includes('.')) return [];
  const ranges: Array<[number, number]> = [];
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text))) {
    const start = m.index;
    const protocol = m[1] ?? '';
    const labels = m[2]!.split('.');
    const afterCandidate = start + m[0].length;
    const domainLength = domainEnd(labels, text[afterCandidate] ?? '');
    if (domainLength < 0) {
      // No known TLD here: look again one character on, as the pattern would.
      CANDIDATE.lastIndex = start + 1;
      continue;
    }
    const domain = m[2]!.slice(0, domainLength);
    let end = start + protocol.length + domainLength;
    const port = /^:\d+/.exec(text.slice(end));
    if (port) end += port[0].length;
    if (text[end] === '/') end += pathLength(text, end);
    if (text[end] === '?') end += queryLength(text, end);
    CANDIDATE.lastIndex = end;

    const ascii = asciiDomainLength(domain);
    if (ascii === null) continue;
    if (protocol === '') {
      // Bare domains count only when ASCII (and not glued to a path or a dotted word).
      if (/[-_./]/.test(text[start - 1] ?? '')) continue;
      if (!domain.split('.').every((l) => ASCII_LABEL.test(l))) continue;
    }
    const url = text.slice(start, end);
    if ((protocol || 'https://').length + url.length - domain.length + ascii > MAX_URL_LENGTH)
      continue;
    const tco = /^https?:\/\/t\.co\/([a-z0-9]+)/i.exec(url);
    if (protocol && tco) {
      if (tco[1]!.length > MAX_TCO_SLUG) continue;
      end = start + tco[0].length;
      CANDIDATE.lastIndex = end;
    }
    ranges.push([start, end]);
  }
  return ranges;
}

// --- Emoji: one emoji sequence weighs as one character outside the light ranges. ---

const EMOJI = new RegExp(
  '\\p{RGI_Emoji}|[0-9#*]\\uFE0F?\\u20E3|\\p{Extended_Pictographic}(?:\\uFE0F|\\p{EMod})?(?:\\u200D\\p{Extended_Pictographic}(?:\\uFE0F|\\p{EMod})?)*',
  'gv',
);

function weightOf(codePoint: number): number {
  for (const [from, to] of LIGHT_RANGES) if (codePoint >= from && codePoint <= to) return SCALE;
  return DEFAULT_WEIGHT;
}

/** Weighted length (in hundredths) and whether every character is one X accepts. */
function measure(raw: string): { weight: number; invalidChar: boolean } {
  const text = raw.normalize('NFC');
  const spans = new Map<number, { end: number; weight: number }>();
  for (const e of text.matchAll(EMOJI)) {
    spans.set(e.index, { end: e.index + e[0].length, weight: DEFAULT_WEIGHT });
  }
  for (const [start, end] of linkRanges(text)) spans.set(start, { end, weight: URL_WEIGHT });
  let weight = 0;
  let invalidChar = false;
  for (let i = 0; i < text.length;) {
    const span = spans.get(i);
    if (span && span.end > i) {
      weight += span.weight;
      i = span.end;
      continue;
    }
    const cp = text.codePointAt(i)!;
    // twitter-text weighs an astral character by its second half: never a light one.
    weight += cp > 0xffff ? DEFAULT_WEIGHT : weightOf(cp);
    if (cp === 0xfffe || cp === 0xfeff || cp === 0xffff) invalidChar = true;
    i += cp > 0xffff ? 2 : 1;
  }
  return { weight, invalidChar };
}

/** How long `text` is as X counts it, and what is left of the 280. */
export function composeLength(text: string): ComposeLength {
  const { weight, invalidChar } = measure(text);
  const weightedLength = weight / SCALE;
  return {
    weightedLength,
    remaining: MAX_POST_WEIGHT - weightedLength,
    valid: !invalidChar && weightedLength > 0 && weightedLength <= MAX_POST_WEIGHT,
  };
}

export function weightedLength(text: string): number {
  return measure(text).weight / SCALE;
}

export function remainingWeight(text: string): number {
  return MAX_POST_WEIGHT - weightedLength(text);
}

/** Whether X will see a link in the text, bare domains ("example.com") included. */
export const hasLink = (text: string): boolean => linkRanges(text.normalize('NFC')).length > 0;
