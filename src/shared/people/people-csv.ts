import { parseCsv, toCsv } from '../csv';

/**
 * People as a spreadsheet: one row per person, tags by name (separated by "; "), notes one per
 * line in a cell. What is exported imports back; an import adds (tags, notes) and never removes.
 */
export const PEOPLE_CSV_HEADER = ['x_user_id', 'username', 'name', 'bio', 'tags', 'notes'] as const;

export interface PersonRow {
  id: string;
  username: string;
  name: string;
  bio: string;
  tags: string[];
  notes: string[];
}

export const peopleCsv = (rows: readonly PersonRow[]): string =>
  toCsv([
    [...PEOPLE_CSV_HEADER],
    ...rows.map((r) => [
      r.id,
      r.username,
      r.name,
      r.bio,
      r.tags.join('; '),
      r.notes.map((n) => n.replace(/\r?\n/g, ' ')).join('\n'),
    ]),
  ]);

export type PeopleCsvParse =
  | { ok: true; rows: Array<PersonRow & { line: number }>; problems: CsvProblem[] }
  | { ok: false; problems: CsvProblem[] };
export interface CsvProblem {
  line: number;
  reason: string;
}

/** Rows with an X id (digits) and a handle; other rows are problems, named by line. */
export function parsePeopleCsv(text: string): PeopleCsvParse {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, problems: [{ line: parsed.line, reason: parsed.reason }] };
  const [head, ...body] = parsed.rows;
  if (!head) return { ok: false, problems: [{ line: 1, reason: 'The file is empty' }] };
  const col = (name: string) => head.cells.findIndex((c) => c.trim().toLowerCase() === name);
  const at = {
    id: col('x_user_id'),
    username: col('username'),
    name: col('name'),
    bio: col('bio'),
    tags: col('tags'),
    notes: col('notes'),
  };
  if (at.id < 0 || at.username < 0)
    return {
      ok: false,
      problems: [{ line: head.line, reason: 'The first row must name x_user_id and username' }],
    };
  const rows: Array<PersonRow & { line: number }> = [];
  const problems: CsvProblem[] = [];
  const cell = (cells: string[], i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
  for (const { line, cells } of body) {
    const id = cell(cells, at.id);
    const username = cell(cells, at.username).replace(/^@/, '');
    if (!/^\d{1,19}$/.test(id)) {
      problems.push({ line, reason: 'x_user_id must be an X user id (digits)' });
      continue;
    }
    if (!/^\w{1,15}$/.test(username)) {
      problems.push({ line, reason: 'username must be an X handle' });
      continue;
    }
    rows.push({
      line,
      id,
      username,
      name: cell(cells, at.name) || username,
      bio: cell(cells, at.bio),
      tags: cell(cells, at.tags)
        .split(/[;,]/)
        .map((t) => t.trim())
        .filter((t) => t.length > 0 && t.length <= 30),
      notes: cell(cells, at.notes)
        .split(/\r?\n/)
        .map((n) => n.trim())
        .filter(Boolean),
    });
  }
  return { ok: true, rows, problems };
}
