import { QueryError } from './errors';

/** Positions are 1-based, as in X's "(at position N)". */
export type Token =
  | { kind: 'lparen'; negated: boolean; position: number }
  | { kind: 'rparen'; position: number }
  | { kind: 'or'; position: number }
  | { kind: 'leaf'; text: string; quoted: boolean; negated: boolean; position: number };

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    const position = i + 1;
    if (c === ')') {
      tokens.push({ kind: 'rparen', position });
      i++;
      continue;
    }
    let negated = false;
    if (c === '-' && i + 1 < query.length && !isSpace(query[i + 1])) {
      negated = true;
      i++;
    }
    const d = query[i]!;
    if (d === '(') {
      tokens.push({ kind: 'lparen', negated, position });
      i++;
      continue;
    }
    if (d === '"') {
      const close = query.indexOf('"', i + 1);
      if (close < 0) throw new QueryError(`token recognition error at: '${query.slice(i)}'`, i + 1);
      tokens.push({
        kind: 'leaf',
        text: query.slice(i + 1, close),
        quoted: true,
        negated,
        position,
      });
      i = close + 1;
      continue;
    }
    // A bare term runs to the next space or parenthesis; an operator's quoted value may hold
    // both, and so may a bracketed one (`point_radius:[lon lat radius]`, `bounding_box:[w s e n]`).
    let text = '';
    while (i < query.length && !isSpace(query[i]) && query[i] !== '(' && query[i] !== ')') {
      if (query[i] === '[' && /^[A-Za-z_]+:$/.test(text)) {
        const close = query.indexOf(']', i + 1);
        if (close < 0)
          throw new QueryError(`token recognition error at: '${query.slice(i)}'`, i + 1);
        text += query.slice(i, close + 1);
        i = close + 1;
        continue;
      }
      if (query[i] === '"' && text.endsWith(':')) {
        const close = query.indexOf('"', i + 1);
        if (close < 0)
          throw new QueryError(`token recognition error at: '${query.slice(i)}'`, i + 1);
        text += query.slice(i, close + 1);
        i = close + 1;
        continue;
      }
      text += query[i];
      i++;
    }
    if (text === 'OR' && !negated) tokens.push({ kind: 'or', position });
    else tokens.push({ kind: 'leaf', text, quoted: false, negated, position });
  }
  return tokens;
}
