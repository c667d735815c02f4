import {
  HAS_VALUES,
  IS_VALUES,
  VALUE_OPERATORS,
  isConjunctionRequired,
  type OperatorName,
  type QueryNode,
} from './ast';
import { OPERATOR_LIST_URL, QueryError } from './errors';
import { tokenize, type Token } from './tokenizer';

/** Recent search's query length limits by access level. */
export const QUERY_LIMITS = { 'self-serve': 512, enterprise: 4096 } as const;

const ID_OPERATORS = new Set<OperatorName>([
  'conversation_id',
  'in_reply_to_tweet_id',
  'retweets_of_tweet_id',
  'quotes_of_tweet_id',
  'list',
]);
const COUNT_OPERATORS = new Set<OperatorName>(['min_likes', 'min_replies', 'min_reposts']);

const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
/** X's geo operators take one bracketed value: a point and radius, or a box's four edges. */
const GEO_VALUES: Partial<Record<OperatorName, { pattern: RegExp; expected: string }>> = {
  point_radius: {
    pattern: new RegExp(String.raw`^\[${NUMBER} ${NUMBER} \d+(?:\.\d+)?(?:km|mi)\]$`),
    expected: '[longitude latitude radius], the radius in km or mi',
  },
  bounding_box: {
    pattern: new RegExp(String.raw`^\[${NUMBER} ${NUMBER} ${NUMBER} ${NUMBER}\]$`),
    expected: '[west_long south_lat east_long north_lat]',
  },
};

function invalidOperator(name: string, position: number): QueryError {
  return new QueryError(
    `Reference to invalid operator '${name}'. Operator is not available in current product or product packaging. Please refer to complete available operator list at ${OPERATOR_LIST_URL}.`,
    position,
  );
}

function leaf(token: Extract<Token, { kind: 'leaf' }>): QueryNode {
  const { text, position } = token;
  if (token.quoted) return { type: 'phrase', value: text, position };
  if (/^@\w+$/.test(text)) return { type: 'mention', username: text.slice(1), position };
  if (/^#[\p{L}\p{N}_]+$/u.test(text)) return { type: 'hashtag', tag: text.slice(1), position };
  if (/^\$[A-Za-z][A-Za-z0-9_.]*$/.test(text))
    return { type: 'cashtag', tag: text.slice(1), position };
  const op = /^([A-Za-z_]+):(.*)$/s.exec(text);
  if (!op) return { type: 'keyword', value: text, position };
  const name = op[1]!.toLowerCase();
  const value = op[2]!.replace(/^"(.*)"$/s, '$1');
  if (!(VALUE_OPERATORS as readonly string[]).includes(name))
    throw invalidOperator(`${name}:`, position);
  const operator = name as OperatorName;
  if (value.length === 0) throw new QueryError(`Operator '${name}:' requires a value`, position);
  if (operator === 'is' && !(IS_VALUES as readonly string[]).includes(value.toLowerCase())) {
    throw invalidOperator(`is:${value}`, position);
  }
  if (operator === 'has' && !(HAS_VALUES as readonly string[]).includes(value.toLowerCase())) {
    throw invalidOperator(`has:${value}`, position);
  }
  if (ID_OPERATORS.has(operator) && !/^\d{1,19}$/.test(value)) {
    throw new QueryError(
      `Invalid value '${value}' for operator '${name}:', expected an id`,
      position,
    );
  }
  if (COUNT_OPERATORS.has(operator) && !/^\d+$/.test(value)) {
    throw new QueryError(
      `Invalid value '${value}' for operator '${name}:', expected a non-negative integer`,
      position,
    );
  }
  const geo = GEO_VALUES[operator];
  if (geo && !geo.pattern.test(value.trim().replace(/\s+/g, ' '))) {
    throw new QueryError(
      `Invalid value '${value}' for operator '${name}:', expected ${geo.expected}`,
      position,
    );
  }
  const normalised = operator === 'is' || operator === 'has' ? value.toLowerCase() : value;
  return { type: 'operator', name: operator, value: normalised, position };
}

class Parser {
  private index = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly end: number,
  ) {}

  parse(): QueryNode {
    const node = this.or();
    const next = this.tokens[this.index];
    if (next) {
      const shown = next.kind === 'rparen' ? ')' : next.kind === 'or' ? 'OR' : '(';
      throw new QueryError(`extraneous input '${shown}' expecting <EOF>`, next.position);
    }
    return node;
  }

  private or(): QueryNode {
    const children = [this.and()];
    while (this.tokens[this.index]?.kind === 'or') {
      const or = this.tokens[this.index++]!;
      if (!this.startsTerm()) throw new QueryError(`missing term after 'OR'`, or.position);
      children.push(this.and());
    }
    return children.length === 1 ? children[0]! : { type: 'or', children };
  }

  private and(): QueryNode {
    const children: QueryNode[] = [];
    while (this.startsTerm()) children.push(this.unary());
    if (children.length === 0) {
      const next = this.tokens[this.index];
      if (!next) throw new QueryError(`no viable alternative at input '<EOF>'`, this.end);
      if (next.kind === 'or') throw new QueryError(`missing term before 'OR'`, next.position);
      throw new QueryError(`no viable alternative at input '()'`, next.position);
    }
    return children.length === 1 ? children[0]! : { type: 'and', children };
  }

  private startsTerm(): boolean {
    const kind = this.tokens[this.index]?.kind;
    return kind === 'leaf' || kind === 'lparen';
  }

  private unary(): QueryNode {
    const token = this.tokens[this.index++]!;
    if (token.kind === 'leaf') {
      const node = leaf(token);
      return token.negated ? { type: 'not', child: node } : node;
    }
    if (token.kind !== 'lparen') throw new Error('unreachable');
    const inner = this.or();
    const close = this.tokens[this.index];
    if (close?.kind !== 'rparen') throw new QueryError(`missing ')' at '<EOF>'`, token.position);
    this.index++;
    return token.negated ? { type: 'not', child: inner } : inner;
  }
}

/** Whether the query can stand alone: X refuses ones made only of negations or is:/has:/lang:. */
function standsAlone(node: QueryNode): boolean {
  switch (node.type) {
    case 'and':
      return node.children.some(standsAlone);
    case 'or':
      return node.children.every(standsAlone);
    case 'not':
      return false;
    default:
      return !isConjunctionRequired(node);
  }
}

function checkNullcast(node: QueryNode, negated: boolean): void {
  if (node.type === 'and' || node.type === 'or')
    node.children.forEach((c) => checkNullcast(c, negated));
  else if (node.type === 'not') checkNullcast(node.child, !negated);
  else if (
    node.type === 'operator' &&
    node.name === 'is' &&
    node.value === 'nullcast' &&
    !negated
  ) {
    throw new QueryError(`'is:nullcast' must always be negated`, node.position);
  }
}

/** Parses a recent-search query as X does, throwing the QueryError X would answer with. */
export function parseQuery(query: string, maxLength: number): QueryNode {
  const length = Array.from(query).length;
  if (length > maxLength) {
    throw new QueryError(`Query must be at most ${maxLength} characters long, it is ${length}`);
  }
  const node = new Parser(tokenize(query), query.length + 1).parse();
  checkNullcast(node, false);
  if (!standsAlone(node)) {
    throw new QueryError(
      'Rules must contain at least one positive, standalone clause: negations and is:, has: and lang: operators cannot be used alone',
      1,
    );
  }
  return node;
}

/** "Keyword searches return no reposts" (X, May 2026): a query with a positive word or phrase. */
export function isKeywordQuery(node: QueryNode): boolean {
  switch (node.type) {
    case 'and':
    case 'or':
      return node.children.some(isKeywordQuery);
    case 'not':
      return false;
    default:
      return node.type === 'keyword' || node.type === 'phrase';
  }
}
