import { toCsv } from '../csv';
import { tokenize } from './rank';

/**
 * What customers keep asking: support posts grouped by the answer they got, and the ones that
 * got none grouped with the answer (or the other questions) they read most like. Most asked
 * first. The result is what the shop's website should answer, as a FAQ draft.
 */
export interface SupportQuestion {
  postId: string;
  text: string;
  at: number;
  /** The saved answer used for it, if one was. */
  answerId: string | null;
}

export interface AnswerSummary {
  id: string;
  title: string;
  body: string;
}

export interface QuestionGroup {
  /** The answer that answers this group, or null for questions no answer fits yet. */
  answerId: string | null;
  /** The answer's title, or the group's first question. */
  label: string;
  /** Questions answered with it. */
  answered: number;
  /** Unanswered questions that read like it. */
  lookAlikes: number;
  total: number;
  /** The most recent questions, newest first (at most five). */
  examples: SupportQuestion[];
}

/** Share of words two questions have in common (Jaccard over their word sets). */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common);
}

/** Below this, two questions are not the same question. */
export const SAME_QUESTION = 0.25;

interface Building {
  answerId: string | null;
  label: string;
  words: Set<string>[];
  answered: SupportQuestion[];
  lookAlikes: SupportQuestion[];
}

export function groupQuestions(
  questions: readonly SupportQuestion[],
  answers: readonly AnswerSummary[],
): QuestionGroup[] {
  const titles = new Map(answers.map((a) => [a.id, a.title]));
  const groups = new Map<string, Building>();
  const words = (q: SupportQuestion) => new Set(tokenize(q.text));

  for (const q of questions) {
    if (q.answerId === null || !titles.has(q.answerId)) continue;
    let group = groups.get(q.answerId);
    if (!group) {
      group = {
        answerId: q.answerId,
        label: titles.get(q.answerId)!,
        words: [],
        answered: [],
        lookAlikes: [],
      };
      groups.set(q.answerId, group);
    }
    group.answered.push(q);
    group.words.push(words(q));
  }

  const loose: Building[] = [];
  const unanswered = questions
    .filter((q) => q.answerId === null || !titles.has(q.answerId))
    .sort((a, b) => a.at - b.at || a.postId.localeCompare(b.postId));
  for (const q of unanswered) {
    const mine = words(q);
    let best: Building | null = null;
    let bestScore = SAME_QUESTION;
    for (const group of [...groups.values(), ...loose]) {
      const score = Math.max(...group.words.map((w) => similarity(mine, w)));
      if (score >= bestScore) {
        best = group;
        bestScore = score;
      }
    }
    if (best) {
      best.lookAlikes.push(q);
      best.words.push(mine);
    } else {
      loose.push({ answerId: null, label: q.text, words: [mine], answered: [], lookAlikes: [q] });
    }
  }

  return [...groups.values(), ...loose]
    .map((g) => ({
      answerId: g.answerId,
      label: g.label,
      answered: g.answered.length,
      lookAlikes: g.lookAlikes.length,
      total: g.answered.length + g.lookAlikes.length,
      examples: [...g.answered, ...g.lookAlikes]
        .sort((a, b) => b.at - a.at || a.postId.localeCompare(b.postId))
        .slice(0, 5),
    }))
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
}

const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

/** One line a person reads: “Do you ship to …? — 14 times, answered with ‘Shipping abroad’”. */
export function describeGroup(group: QuestionGroup): string {
  const question = group.examples[0]?.text ?? group.label;
  if (group.answerId === null) return `${question} — ${times(group.total)}, no answer saved yet`;
  return `${question} — ${times(group.total)}, answered with ‘${group.label}’`;
}

/** A FAQ page draft: each question as a heading, the saved answer (variables kept) below it. */
export function questionsToMarkdown(
  groups: readonly QuestionGroup[],
  answers: readonly AnswerSummary[],
): string {
  const bodies = new Map(answers.map((a) => [a.id, a.body]));
  const sections = groups.map((g) => {
    const heading = g.answerId === null ? (g.examples[0]?.text ?? g.label) : g.label;
    const body = g.answerId === null ? '_No answer saved yet._' : (bodies.get(g.answerId) ?? '');
    return `## ${heading.replace(/\s*\n\s*/g, ' ')}\n\nAsked ${times(g.total)} in this period.\n\n${body}\n`;
  });
  return ['# Frequently asked', '', ...sections].join('\n');
}

export function questionsToCsv(groups: readonly QuestionGroup[]): string {
  return toCsv([
    ['question', 'answer', 'times asked', 'answered with it', 'unanswered look-alikes', 'latest'],
    ...groups.map((g) => [
      g.examples[0]?.text ?? g.label,
      g.answerId === null ? '' : g.label,
      g.total,
      g.answered,
      g.lookAlikes,
      g.examples[0] ? new Date(g.examples[0].at).toISOString() : '',
    ]),
  ]);
}
