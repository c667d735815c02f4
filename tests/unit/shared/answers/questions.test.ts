import { describe, expect, it } from 'vitest';
import {
  describeGroup,
  groupQuestions,
  questionsToCsv,
  questionsToMarkdown,
  similarity,
  type AnswerSummary,
  type SupportQuestion,
} from '../../../../src/shared/answers/questions';

const H = 3_600_000;
const T0 = Date.UTC(2026, 10, 1);
const answers: AnswerSummary[] = [
  { id: 'ship', title: 'Shipping abroad', body: 'Yes! Europe in 3–5 days: {link}' },
  { id: 'late', title: 'Late order', body: 'Sorry, {first_name}: tracking is in your DMs.' },
];
let n = 0;
const q = (text: string, answerId: string | null = null): SupportQuestion => ({
  postId: String(++n),
  text,
  at: T0 + n * H,
  answerId,
});

const questions = [
  q('@quillory do you ship to Oslo?', 'ship'),
  q('@quillory do you ship to Lyon?', 'ship'),
  q('Does Quillory ship to Canada?'),
  q('@quillory my order still says processing after 9 days', 'late'),
  q('@quillory is the teal ink safe for vintage pens?'),
  q('Is the Midnight Teal ink safe for vintage pens like a Parker 51?'),
  q('@quillory do you ship to Tokyo?', 'ship'),
];

describe('similarity', () => {
  it('is the share of words in common', () => {
    expect(similarity(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
    expect(similarity(new Set(), new Set(['a']))).toBe(0);
  });
});

describe('groupQuestions', () => {
  const groups = groupQuestions(questions, answers);

  it('groups by the answer used, look-alikes with them, most asked first', () => {
    expect(groups.map((g) => [g.answerId, g.label, g.answered, g.lookAlikes, g.total])).toEqual([
      ['ship', 'Shipping abroad', 3, 1, 4],
      [null, '@quillory is the teal ink safe for vintage pens?', 0, 2, 2],
      ['late', 'Late order', 1, 0, 1],
    ]);
  });

  it('keeps the newest questions as examples', () => {
    expect(groups[0]!.examples.map((e) => e.text)[0]).toBe('@quillory do you ship to Tokyo?');
  });

  it('says it in words', () => {
    expect(describeGroup(groups[0]!)).toBe(
      '@quillory do you ship to Tokyo? — 4 times, answered with ‘Shipping abroad’',
    );
    expect(describeGroup(groups[1]!)).toMatch(/— 2 times, no answer saved yet$/);
    expect(describeGroup(groups[2]!)).toMatch(/— once, answered with ‘Late order’$/);
  });

  it('an answer that was deleted leaves its questions unanswered, not lost', () => {
    const regrouped = groupQuestions([q('do you ship to Rome?', 'gone')], answers);
    expect(regrouped).toMatchObject([{ answerId: null, total: 1 }]);
  });

  it('exports a FAQ draft and a CSV', () => {
    const md = questionsToMarkdown(groups, answers);
    expect(md).toContain(
      '## Shipping abroad\n\nAsked 4 times in this period.\n\nYes! Europe in 3–5 days: {link}\n',
    );
    expect(md).toContain('_No answer saved yet._');
    const csv = questionsToCsv(groups);
    expect(csv.split('\n')[0]).toBe(
      'question,answer,times asked,answered with it,unanswered look-alikes,latest',
    );
    expect(csv).toContain(
      `'@quillory do you ship to Tokyo?,Shipping abroad,4,3,1,${new Date(questions[6]!.at).toISOString()}`,
    );
  });
});
