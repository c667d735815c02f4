/**
 * Search terms that ask for what an account's Mentions timeline already gives: `@handle` of a
 * signed-in account. The Mentions timeline returns those posts as owned reads ($0.001 a post;
 * docs: Pricing, Owned Reads) where a search pays $0.005 for each.
 */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `@name` as a positive term (not `-@name`, not inside a word or a quoted phrase's middle). */
const mentionPattern = (username: string) =>
  new RegExp(`(^|[\\s(])@${escape(username)}(?=$|[\\s)])`, 'gi');

/** The usernames (as given) that `query` asks for as `@username` terms. */
export function mentionedAccounts(query: string, usernames: readonly string[]): string[] {
  const unquoted = query.replace(/"[^"]*"/g, ' ');
  return usernames.filter((u) => mentionPattern(u).test(unquoted));
}

/**
 * The query without those `@username` terms, its ORs and parentheses still well formed:
 * `(@acme OR acme OR "acme co")` becomes `(acme OR "acme co")`.
 */
export function withoutMentions(query: string, usernames: readonly string[]): string {
  let q = query;
  for (const u of usernames) q = q.replace(mentionPattern(u), '$1');
  let before;
  do {
    before = q;
    q = q
      .replace(/\(\s*OR\s+/g, '(')
      .replace(/\s+OR\s*\)/g, ')')
      .replace(/\bOR\s+OR\b/g, 'OR')
      .replace(/^\s*OR\s+/, '')
      .replace(/\s+OR\s*$/, '')
      .replace(/\(\s*\)/g, '')
      .replace(/\(\s*([^\s()]+)\s*\)/g, '$1');
  } while (q !== before);
  return q.replace(/\s+/g, ' ').trim();
}
