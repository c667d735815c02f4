/**
 * What an Archive column asks the local archive, parsed from what the user typed: plain words
 * (all must match), "quoted phrases", from:handle (any of them), lang:xx, since:YYYY-MM-DD and
 * until:YYYY-MM-DD (X's own operators; until is exclusive, as on X), and is:pinned (the posts the
 * user pinned, which outlive the retention period). Pure: main turns it into an FTS5 query, the
 * form shows `error` beside the field.
 */
export interface ArchiveQuery {
  words: string[];
  phrases: string[];
  from: string[];
  lang?: string;
  /** UTC ms, inclusive. */
  since?: number;
  /** UTC ms, exclusive. */
  until?: number;
  /** Only posts the user pinned. */
  pinned?: boolean;
}

export type ParsedArchiveQuery = { ok: true; query: ArchiveQuery } | { ok: false; error: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(value: string): number | undefined {
  const m = DATE.exec(value);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().startsWith(value) ? ms : undefined;
}

/** Words as FTS5's unicode61 tokenizer sees them: letters and digits, everything else splits. */
export const archiveTokens = (text: string): string[] =>
  text.match(/[\p{L}\p{N}\p{M}_]+/gu)?.map((t) => t.toLowerCase()) ?? [];

export function parseArchiveQuery(input: string): ParsedArchiveQuery {
  const query: ArchiveQuery = { words: [], phrases: [], from: [] };
  const quotes = input.split('"');
  if (quotes.length % 2 === 0)
    return { ok: false, error: 'A quoted phrase is missing its closing "' };
  for (const [i, part] of quotes.entries()) {
    if (i % 2 === 1) {
      const tokens = archiveTokens(part);
      if (tokens.length > 0) query.phrases.push(tokens.join(' '));
      continue;
    }
    for (const raw of part.split(/\s+/).filter(Boolean)) {
      if (/^is:/i.test(raw)) {
        if (raw.toLowerCase() !== 'is:pinned')
          return { ok: false, error: 'is: knows one value here: is:pinned' };
        query.pinned = true;
        continue;
      }
      const op = /^(from|lang|since|until):(.*)$/i.exec(raw);
      if (!op) {
        query.words.push(...archiveTokens(raw));
        continue;
      }
      const name = op[1]!.toLowerCase();
      const value = op[2]!;
      if (name === 'from') {
        const handle = value.replace(/^@/, '');
        if (!/^\w{1,15}$/.test(handle))
          return { ok: false, error: `from: needs a username, as in from:quillory` };
        query.from.push(handle.toLowerCase());
      } else if (name === 'lang') {
        if (!/^[a-z]{2,3}$/i.test(value))
          return { ok: false, error: 'lang: needs a language code, as in lang:en' };
        query.lang = value.toLowerCase();
      } else {
        const ms = parseDay(value);
        if (ms === undefined)
          return {
            ok: false,
            error: `${name}: needs a date as YYYY-MM-DD, as in ${name}:2026-11-01`,
          };
        if (name === 'since') query.since = ms;
        else query.until = ms;
      }
    }
  }
  if (query.since !== undefined && query.until !== undefined && query.until <= query.since)
    return { ok: false, error: 'until: must be after since:' };
  if (
    query.words.length + query.phrases.length + query.from.length === 0 &&
    query.lang === undefined &&
    query.pinned === undefined &&
    query.since === undefined &&
    query.until === undefined
  )
    return {
      ok: false,
      error: 'Type a word, a "phrase", from:, lang:, since:, until: or is:pinned',
    };
  return { ok: true, query };
}

/**
 * The FTS5 MATCH expression for the query's words and phrases, each quoted (so nothing the user
 * types is FTS syntax), all required, and its from: handles as a filter on the author_handle
 * column (the exact handle is checked beside it); null when there is none of these.
 */
export function ftsMatch(q: ArchiveQuery): string | null {
  const parts = [...q.words.map((w) => `"${w}"`), ...q.phrases.map((p) => `"${p}"`)];
  const handles = q.from.map((h) => `author_handle : "${archiveTokens(h).join(' ')}"`);
  if (handles.length > 0)
    parts.push(handles.length === 1 ? handles[0]! : `(${handles.join(' OR ')})`);
  return parts.length > 0 ? parts.join(' AND ') : null;
}
