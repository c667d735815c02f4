import type { Entities } from '../x/types';
import { safeExternalUrl } from '../links';
import { decodeXEscapes } from './x-text';

/**
 * A post's text cut into runs the renderer turns into React nodes: plain text, and the entities
 * X found in it. Nothing here is HTML: a run's `text` is shown as a text node, so a post that
 * says `<img src=x onerror=…>` is shown as those characters.
 *
 * Joining every run's `text` gives back the post's text (with X's HTML escapes decoded).
 */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'mention'; text: string; username: string; userId?: string }
  | { kind: 'hashtag'; text: string; tag: string }
  | { kind: 'cashtag'; text: string; tag: string }
  | {
      kind: 'url';
      /** As written in the post: the t.co link. */
      text: string;
      /** What the link shows ("example.com/page…"). */
      displayUrl: string;
      /** Where the link goes: X's expanded URL when it is a safe http(s) URL, else the t.co one. */
      href: string;
      /** Set when the link is the post's own attached media, which the card shows instead. */
      mediaKey?: string;
    };

export type SegmentKind = Segment['kind'];

export interface SegmentOptions {
  /**
   * X's API sends post text with &, < and > escaped as &amp; &lt; &gt;. True (the default)
   * decodes them; pass false for text that was decoded already.
   */
  xEscaped?: boolean;
}

interface Candidate {
  start: number;
  end: number;
  /** Builds the segment from the exact characters the entity covers, or null if they disagree. */
  make: (covered: string) => Segment | null;
}

const sameText = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** `covered` is `sign` (one of the characters in `signs`) followed by `name`. */
const signed = (covered: string, signs: string, name: string) => {
  const [first = '', ...rest] = covered;
  return signs.includes(first) && sameText(rest.join(''), name);
};

function candidates(entities: Partial<Entities>): Candidate[] {
  const out: Candidate[] = [];
  for (const m of entities.mentions ?? []) {
    out.push({
      start: m.start,
      end: m.end,
      make: (text) =>
        signed(text, '@＠', m.username)
          ? { kind: 'mention', text, username: m.username, ...(m.id ? { userId: m.id } : {}) }
          : null,
    });
  }
  for (const h of entities.hashtags ?? []) {
    out.push({
      start: h.start,
      end: h.end,
      make: (text) => (signed(text, '#＃', h.tag) ? { kind: 'hashtag', text, tag: h.tag } : null),
    });
  }
  for (const c of entities.cashtags ?? []) {
    out.push({
      start: c.start,
      end: c.end,
      make: (text) => (signed(text, '$＄', c.tag) ? { kind: 'cashtag', text, tag: c.tag } : null),
    });
  }
  for (const u of entities.urls ?? []) {
    out.push({
      start: u.start,
      end: u.end,
      make: (text) => {
        if (!sameText(text, u.url)) return null;
        const href = safeExternalUrl(u.expandedUrl ?? '') ?? safeExternalUrl(u.url);
        if (!href) return null;
        return {
          kind: 'url',
          text,
          displayUrl: u.displayUrl || u.expandedUrl || u.url,
          href,
          ...(u.mediaKey ? { mediaKey: u.mediaKey } : {}),
        };
      },
    });
  }
  return out;
}

interface Placed {
  start: number;
  end: number;
  segment: Segment;
}

/**
 * The entities that fit `chars` (the text as code points, which X's start/end count), checked
 * against the characters they claim to cover. Out-of-range, inverted, overlapping and
 * mismatched entities are left out: their characters stay plain text.
 */
function place(chars: readonly string[], all: readonly Candidate[]): Placed[] {
  const inRange = all
    .filter(
      (c) =>
        Number.isInteger(c.start) &&
        Number.isInteger(c.end) &&
        c.start >= 0 &&
        c.end > c.start &&
        c.end <= chars.length,
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const placed: Placed[] = [];
  let reached = 0;
  for (const c of inRange) {
    if (c.start < reached) continue;
    const segment = c.make(chars.slice(c.start, c.end).join(''));
    if (!segment) continue;
    placed.push({ start: c.start, end: c.end, segment });
    reached = c.end;
  }
  return placed;
}

/** Cuts `text` into segments using X's entities (start/end in Unicode code points). */
export function textSegments(
  text: string,
  entities: Partial<Entities> | undefined,
  options: SegmentOptions = {},
): Segment[] {
  const all = candidates(entities ?? {});
  const escaped = options.xEscaped ?? true;
  const decoded = escaped ? decodeXEscapes(text) : text;

  // X has counted entity positions both in the escaped and in the decoded text over the years;
  // read them in whichever of the two the entities agree with, preferring the decoded one.
  const decodedChars = Array.from(decoded);
  let chars = decodedChars;
  let placed = place(decodedChars, all);
  let decodeRuns = false;
  if (decoded !== text) {
    const rawChars = Array.from(text);
    const rawPlaced = place(rawChars, all);
    if (rawPlaced.length > placed.length) {
      chars = rawChars;
      placed = rawPlaced;
      decodeRuns = true;
    }
  }

  const segments: Segment[] = [];
  const plain = (from: number, to: number) => {
    if (to <= from) return;
    const run = chars.slice(from, to).join('');
    segments.push({ kind: 'text', text: decodeRuns ? decodeXEscapes(run) : run });
  };
  let at = 0;
  for (const p of placed) {
    plain(at, p.start);
    segments.push(p.segment);
    at = p.end;
  }
  plain(at, chars.length);
  return segments;
}
