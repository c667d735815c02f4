/**
 * CSV as spreadsheets read and write it (RFC 4180: commas, double quotes, CRLF or LF), with one
 * guard: a cell that starts with =, +, - or @ would run as a formula, so it is written behind an
 * apostrophe, which reading takes off again. What is written reads back the same, byte for byte.
 */

const FORMULA = /^'*[=+\-@]/;

export function csvCell(value: string | number): string {
  const s = String(value);
  const safe = FORMULA.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const toCsv = (rows: ReadonlyArray<ReadonlyArray<string | number>>): string =>
  rows.map((row) => row.map(csvCell).join(',')).join('\n') + '\n';

export interface CsvRow {
  /** The line the row starts on, 1-based, for error messages. */
  line: number;
  cells: string[];
}

export type CsvParse = { ok: true; rows: CsvRow[] } | { ok: false; line: number; reason: string };

const unguard = (cell: string) => (/^'+[=+\-@]/.test(cell) ? cell.slice(1) : cell);

export function parseCsv(text: string): CsvParse {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let cellStarted = false;
  const endCell = () => {
    cells.push(unguard(cell));
    cell = '';
    cellStarted = false;
  };
  const endRow = () => {
    endCell();
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: rowLine, cells });
    cells = [];
  };
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
          const next = input[i + 1];
          if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
            return { ok: false, line, reason: 'Text after a closing quote' };
          }
        }
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && !cellStarted) {
      quoted = true;
      cellStarted = true;
    } else if (ch === '"') {
      return { ok: false, line, reason: 'A quote inside a cell that does not start with one' };
    } else if (ch === ',') {
      endCell();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      cell += ch;
      cellStarted = true;
    }
  }
  if (quoted) return { ok: false, line: rowLine, reason: 'A quoted cell is never closed' };
  if (cell !== '' || cells.length > 0) endRow();
  return { ok: true, rows };
}
