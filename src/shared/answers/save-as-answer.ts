import { escapeTemplateText } from './template';

/** What was known about the post a reply answered, to turn the reply back into a template. */
export interface ReplyContext {
  /** The greeting the customer's name gives (firstNameOf), if any. */
  firstName: string | null;
  /** The customer's @username, without the @. */
  username: string;
  /** The brand's product names (from its support columns). */
  products: readonly string[];
}

export interface SavedAnswerDraft {
  body: string;
  /** The reply's first link, kept as the answer's {link}. */
  link: string | null;
  /** The product the reply named, if one did. */
  product: string | null;
}

const URL_RE = /https?:\/\/[^\s]+/giu;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole word: no letter, digit or underscore on either side. */
const word = (s: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRe(s)}(?![\\p{L}\\p{N}_])`, 'giu');

/**
 * A sent reply as a reusable answer: the customer's @handle, their first name, the product it
 * names and its first link become {handle}, {first_name}, {product} and {link}; the rest is kept
 * as written (braces escaped). Names shorter than two letters are left alone: they match too much.
 */
export function answerFromReply(text: string, context: ReplyContext): SavedAnswerDraft {
  type Hole = { start: number; end: number; variable: string };
  const holes: Hole[] = [];
  const free = (start: number, end: number) => holes.every((h) => end <= h.start || start >= h.end);
  const mark = (re: RegExp, variable: string, limit = Infinity) => {
    let found = 0;
    for (const m of text.matchAll(re)) {
      if (found >= limit) break;
      const start = m.index;
      const end = start + m[0].length;
      if (free(start, end)) {
        holes.push({ start, end, variable });
        found++;
      }
    }
    return found;
  };

  let link: string | null = null;
  const firstUrl = text.match(URL_RE)?.[0];
  if (firstUrl) {
    link = firstUrl;
    mark(new RegExp(escapeRe(firstUrl), 'g'), 'link');
  }
  mark(new RegExp(`@${escapeRe(context.username)}(?![\\p{L}\\p{N}_])`, 'giu'), 'handle');
  let product: string | null = null;
  const products = [...context.products].filter((p) => p.trim().length >= 2);
  products.sort((a, b) => b.length - a.length);
  for (const name of products) {
    if (mark(word(name.trim()), 'product') > 0) {
      product = name.trim();
      break;
    }
  }
  if (context.firstName && context.firstName.length >= 2) {
    mark(word(context.firstName), 'first_name');
  }

  holes.sort((a, b) => a.start - b.start);
  let body = '';
  let at = 0;
  for (const hole of holes) {
    body += escapeTemplateText(text.slice(at, hole.start)) + `{${hole.variable}}`;
    at = hole.end;
  }
  body += escapeTemplateText(text.slice(at));
  return { body, link, product };
}
