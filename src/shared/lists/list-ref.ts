/**
 * A list as a user names it: its id, or its address on x.com (or twitter.com), as copied from
 * the browser — `https://x.com/i/lists/1234567890`, with or without `www.`, `mobile.`, a path
 * after the id (`/members`) or a query. Anything else names no list.
 */

const LIST_ID = /^\d{1,19}$/;
const LIST_PATH = /^\/i\/lists\/(\d{1,19})(?:\/[A-Za-z_]*)?\/?$/;
const X_HOSTS = new Set([
  'x.com',
  'www.x.com',
  'mobile.x.com',
  'twitter.com',
  'www.twitter.com',
  'mobile.twitter.com',
]);

/** The list id that `text` names, or null when it names none. */
export function listIdFrom(text: string): string | null {
  const trimmed = text.trim();
  if (LIST_ID.test(trimmed)) return trimmed;
  // An address typed without its scheme ("x.com/i/lists/123") is still that address.
  const withScheme = /^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!X_HOSTS.has(url.hostname.toLowerCase())) return null;
  return LIST_PATH.exec(url.pathname)?.[1] ?? null;
}
