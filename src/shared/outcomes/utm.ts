/**
 * Tracked links: UTM parameters on links to the owner's own domains, so the shop's analytics
 * can credit sales to X without Timedeck reading anything more. Links elsewhere are never
 * touched, and neither is a parameter the owner already set.
 */

export interface UtmTags {
  /** The deck the post is written from. */
  campaign: string;
  /** The column or answer it came from; left out when empty. */
  content?: string;
}

/** Lower-case host names without a leading "www.", as the owner types them in settings. */
export function normaliseDomain(input: string): string | null {
  let host = input.trim().toLowerCase();
  if (!host) return null;
  try {
    host = new URL(/^[a-z]+:\/\//.test(host) ? host : `https://${host}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : null;
}

/** Whether a URL's host is one of the owner's domains or a subdomain of one. */
export function isOwnDomain(url: URL, domains: readonly string[]): boolean {
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

const slug = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);

/**
 * The link with utm_source=x, utm_medium=social, utm_campaign and utm_content added (keeping
 * its other parameters, their order and its fragment), or null when it is not an own-domain
 * http(s) link and must stay as written.
 */
export function trackLink(raw: string, domains: readonly string[], tags: UtmTags): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !isOwnDomain(url, domains)) {
    return null;
  }
  const wanted: Array<[string, string]> = [
    ['utm_source', 'x'],
    ['utm_medium', 'social'],
    ['utm_campaign', slug(tags.campaign)],
    ['utm_content', slug(tags.content ?? '')],
  ];
  let changed = false;
  for (const [key, value] of wanted) {
    if (!value || url.searchParams.has(key)) continue;
    url.searchParams.append(key, value);
    changed = true;
  }
  return changed ? url.href : raw;
}

const LINK_RE = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’]/gi;

export interface TrackedText {
  text: string;
  /** Each own-domain link found, as written and as it will be sent. */
  links: Array<{ from: string; to: string }>;
}

/** Every own-domain link in a post's text tracked; everything else byte for byte as written. */
export function trackLinksInText(
  text: string,
  domains: readonly string[],
  tags: UtmTags,
): TrackedText {
  const links: TrackedText['links'] = [];
  const out = text.replace(LINK_RE, (link) => {
    const tracked = trackLink(link, domains, tags);
    if (tracked === null) return link;
    links.push({ from: link, to: tracked });
    return tracked;
  });
  return { text: out, links };
}
