/**
 * Which saved answers fit the post being answered, best first: BM25 between the customer's post
 * and (a) each answer's own words, (b) the posts it was used for before. The owner's history is
 * the model: an answer used for "do you ship to Lyon?" is found for "shipping to Oslo?" even if
 * its body never says "ship". No network, no model download.
 */

// Words that say nothing about what a customer asks.
const STOP_WORDS = new Set(
  (
    'a an and are as at be but by can could do does did for from has have hi hello hey how i im ' +
    'in is it its just me my of on or our please so that the their them then there these this ' +
    'to too was we were what when where which who will with would you your yours thanks thank ' +
    'anyone know if any all am been being about after again also into than out up very'
  ).split(' '),
);

/** Lower case, accents off, no links or @handles, stop words out, plurals and -ing trimmed. */
export function tokenize(text: string): string[] {
  const plain = text
    .replace(/https?:\/\/\S+/gi, ' ')
    .replace(/@\w+/g, ' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
  const out: string[] = [];
  for (const raw of plain.match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (raw.length < 2 || STOP_WORDS.has(raw)) continue;
    out.push(stem(raw));
  }
  return out;
}

function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ping')) return word.slice(0, -4); // shipping → ship
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 4 && /(?:ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

interface Indexed {
  terms: Map<string, number>;
  length: number;
}

/** A BM25 index over some texts (Robertson's idf, floored at zero; k1 1.2, b 0.75). */
export class Bm25 {
  private readonly docs: Indexed[];
  private readonly df = new Map<string, number>();
  private readonly avgLength: number;

  constructor(
    texts: readonly string[],
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    this.docs = texts.map((text) => {
      const terms = new Map<string, number>();
      const tokens = tokenize(text);
      for (const t of tokens) terms.set(t, (terms.get(t) ?? 0) + 1);
      for (const t of terms.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      return { terms, length: tokens.length };
    });
    const total = this.docs.reduce((sum, d) => sum + d.length, 0);
    this.avgLength = this.docs.length ? total / this.docs.length || 1 : 1;
  }

  private idf(term: string): number {
    const n = this.df.get(term) ?? 0;
    const N = this.docs.length;
    return Math.max(0, Math.log((N - n + 0.5) / (n + 0.5) + 1));
  }

  /** The score of document `index` for the query's terms. */
  score(queryTerms: readonly string[], index: number): number {
    const doc = this.docs[index]!;
    let score = 0;
    for (const term of new Set(queryTerms)) {
      const tf = doc.terms.get(term);
      if (!tf) continue;
      const norm = tf + this.k1 * (1 - this.b + (this.b * doc.length) / this.avgLength);
      score += (this.idf(term) * tf * (this.k1 + 1)) / norm;
    }
    return score;
  }
}

export interface RankableAnswer {
  id: string;
  /** Title, body and tags: what the answer says about itself. */
  text: string;
  /** The customers' posts it answered before. */
  usedFor: readonly string[];
}

export interface RankedAnswer {
  id: string;
  score: number;
}

/** How much one past use weighs against the answer's own words. */
const HISTORY_WEIGHT = 0.8;

/**
 * Answers that share words with the post, best first; ties by the order given (the caller puts
 * the most used first). Answers with nothing in common are left out.
 */
export function rankAnswers(
  post: string,
  answers: readonly RankableAnswer[],
  limit = 3,
): RankedAnswer[] {
  const query = tokenize(post);
  if (query.length === 0 || answers.length === 0) return [];
  const own = new Bm25(answers.map((a) => a.text));
  const history = new Bm25(answers.flatMap((a) => a.usedFor));
  const ranked: RankedAnswer[] = [];
  let used = 0;
  answers.forEach((answer, i) => {
    let best = 0;
    for (let j = 0; j < answer.usedFor.length; j++)
      best = Math.max(best, history.score(query, used + j));
    used += answer.usedFor.length;
    const score = own.score(query, i) + HISTORY_WEIGHT * best;
    if (score > 0) ranked.push({ id: answer.id, score });
  });
  return ranked
    .map((r, order) => ({ ...r, order }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ id, score }) => ({ id, score }));
}
