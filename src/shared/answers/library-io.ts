import { parseCsv, toCsv } from '../csv';

/**
 * The answers library as files the owner keeps: CSV for spreadsheets, Markdown to read and to
 * paste into a FAQ page. Import checks every row and reports each bad one with its line and
 * reason; the caller imports nothing until all are valid, unless the owner says to take the
 * valid ones. Exporting what was imported gives the same bytes.
 */
export interface AnswerRecord {
  title: string;
  body: string;
  tags: string[];
  /** 'shared' (both accounts), or the @username of the one account it belongs to. */
  account: string;
  link: string | null;
  archived: boolean;
}

export interface ImportProblem {
  line: number;
  reason: string;
}

export interface ImportResult {
  valid: Array<AnswerRecord & { line: number }>;
  problems: ImportProblem[];
}

export const ANSWER_LIMITS = { title: 100, body: 2000, tags: 10, tag: 30 } as const;
const CSV_HEADER = ['title', 'body', 'tags', 'account', 'link', 'archived'] as const;

const TAG = /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u;
const ACCOUNT = /^(shared|@[A-Za-z0-9_]{1,15})$/;

/** The reason a record cannot be kept, or null. Shared by import and the answer form. */
export function answerProblem(record: AnswerRecord): string | null {
  const title = record.title.trim();
  if (!title) return 'The title is empty';
  if (title.length > ANSWER_LIMITS.title)
    return `The title is over ${ANSWER_LIMITS.title} characters`;
  if (!record.body.trim()) return 'The answer is empty';
  if (record.body.length > ANSWER_LIMITS.body)
    return `The answer is over ${ANSWER_LIMITS.body} characters`;
  if (record.tags.length > ANSWER_LIMITS.tags) return `More than ${ANSWER_LIMITS.tags} tags`;
  const badTag = record.tags.find((t) => !TAG.test(t) || t.length > ANSWER_LIMITS.tag);
  if (badTag !== undefined) return `“${badTag}” is not a tag (letters, digits, - and _)`;
  if (!ACCOUNT.test(record.account)) return `“${record.account}” is not “shared” or an @account`;
  if (record.link !== null) {
    if (!/^https?:$/.test(URL.parse(record.link)?.protocol ?? ''))
      return `“${record.link}” is not an http(s) link`;
  }
  return null;
}

const splitTags = (cell: string) =>
  cell
    .split(/[;,]/)
    .map((t) => t.trim())
    .filter(Boolean);

export function answersToCsv(records: readonly AnswerRecord[]): string {
  return toCsv([
    [...CSV_HEADER],
    ...records.map((r) => [
      r.title,
      r.body,
      r.tags.join('; '),
      r.account,
      r.link ?? '',
      r.archived ? 'yes' : 'no',
    ]),
  ]);
}

export function answersFromCsv(text: string): ImportResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { valid: [], problems: [{ line: parsed.line, reason: parsed.reason }] };
  const [header, ...rows] = parsed.rows;
  const names = header?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  const missing = CSV_HEADER.filter((h) => h !== 'link' && h !== 'archived' && !names.includes(h));
  if (!header || missing.length > 0) {
    return {
      valid: [],
      problems: [{ line: header?.line ?? 1, reason: `The header lacks: ${missing.join(', ')}` }],
    };
  }
  const at = (cells: string[], name: string) => {
    const i = names.indexOf(name);
    return i < 0 ? '' : (cells[i] ?? '');
  };
  const result: ImportResult = { valid: [], problems: [] };
  for (const row of rows) {
    if (row.cells.length !== names.length) {
      result.problems.push({
        line: row.line,
        reason: `${row.cells.length} cells where the header has ${names.length}`,
      });
      continue;
    }
    const archived = at(row.cells, 'archived').trim().toLowerCase();
    if (!['', 'yes', 'no'].includes(archived)) {
      result.problems.push({ line: row.line, reason: `archived is “${archived}”, not yes or no` });
      continue;
    }
    const record: AnswerRecord = {
      title: at(row.cells, 'title'),
      body: at(row.cells, 'body'),
      tags: splitTags(at(row.cells, 'tags')),
      account: at(row.cells, 'account').trim() || 'shared',
      link: at(row.cells, 'link').trim() || null,
      archived: archived === 'yes',
    };
    const problem = answerProblem(record);
    if (problem) result.problems.push({ line: row.line, reason: problem });
    else result.valid.push({ ...record, line: row.line });
  }
  return result;
}

// Markdown: one "## title" section per answer, its settings in an HTML comment (invisible when
// rendered), then the body. Body lines that would read as a heading, a settings comment or an
// escape are written behind a backslash.
const META = /^<!-- account: (.*?); tags: (.*?); link: (.*?); archived: (yes|no) -->$/;
const escapeLine = (line: string) => (/^(#|<!--|\\)/.test(line) ? `\\${line}` : line);
const unescapeLine = (line: string) => (line.startsWith('\\') ? line.slice(1) : line);

export function answersToMarkdown(records: readonly AnswerRecord[]): string {
  const sections = records.map((r) =>
    [
      `## ${r.title.replace(/\s*\n\s*/g, ' ')}`,
      `<!-- account: ${r.account}; tags: ${r.tags.join(', ')}; link: ${r.link ?? ''}; archived: ${r.archived ? 'yes' : 'no'} -->`,
      '',
      ...r.body.split('\n').map(escapeLine),
      '',
    ].join('\n'),
  );
  return ['# Answers', '', ...sections].join('\n');
}

export function answersFromMarkdown(text: string): ImportResult {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const result: ImportResult = { valid: [], problems: [] };
  let i = lines.findIndex((l) => l.startsWith('## '));
  while (i >= 0 && i < lines.length) {
    const line = i + 1;
    const title = lines[i]!.slice(3);
    const meta = META.exec(lines[i + 1] ?? '');
    let end = i + 2;
    while (end < lines.length && !lines[end]!.startsWith('## ')) end++;
    if (!meta) {
      result.problems.push({
        line: line + 1,
        reason: 'The settings line under the title is missing',
      });
    } else {
      // The body sits between one blank line after the settings and one blank line at the end.
      const bodyLines = lines.slice(i + 3, end);
      if (bodyLines.at(-1) === '') bodyLines.pop();
      const record: AnswerRecord = {
        title,
        body: bodyLines.map(unescapeLine).join('\n'),
        tags: splitTags(meta[2]!),
        account: meta[1]!.trim(),
        link: meta[3]!.trim() || null,
        archived: meta[4] === 'yes',
      };
      const problem = answerProblem(record);
      if (problem) result.problems.push({ line, reason: problem });
      else result.valid.push({ ...record, line });
    }
    i = end;
  }
  return result;
}
