import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answersFromCsv,
  answersFromMarkdown,
  answersToCsv,
  answersToMarkdown,
  type AnswerRecord,
} from '../../../../src/shared/answers/library-io';
import { csvCell, parseCsv, toCsv } from '../../../../src/shared/csv';

const library: AnswerRecord[] = [
  {
    title: 'Shipping abroad',
    body: 'Hi {first_name}! Yes, we ship to most of Europe: 3–5 working days.\nDetails: {link}',
    tags: ['shipping', 'europe'],
    account: '@quillory',
    link: 'https://quillory.com/shipping',
    archived: false,
  },
  {
    title: 'Leaky bottle, "sorry"',
    body: '@{handle} = so sorry, a new bottle is on its way.\n## not a heading\n<!-- not settings -->\n\\ backslash',
    tags: [],
    account: 'shared',
    link: null,
    archived: true,
  },
];
const strip = (r: { line: number } & AnswerRecord): AnswerRecord => {
  const { line: _line, ...record } = r;
  return record;
};

describe('csv', () => {
  it('quotes what needs quoting and guards formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('@quillory, hi')).toBe(`"'@quillory, hi"`);
  });

  it('reads back what it writes, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 4 }), { maxLength: 5 }),
        (rows) => {
          const parsed = parseCsv(toCsv(rows));
          expect(parsed.ok).toBe(true);
          if (parsed.ok) expect(parsed.rows.map((r) => r.cells)).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('says which line is broken', () => {
    expect(parseCsv('a,b\n"x,y\n')).toEqual({
      ok: false,
      line: 2,
      reason: 'A quoted cell is never closed',
    });
    expect(parseCsv('a,b\nx,y"z\n')).toMatchObject({ ok: false, line: 2 });
    expect(parseCsv('a\n"x"y\n')).toMatchObject({ ok: false, line: 2 });
  });

  it('counts lines inside quoted cells, takes CRLF and a byte-order mark', () => {
    const parsed = parseCsv('\ufeffa,b\r\n"1\n2",3\r\nx,y');
    expect(parsed).toEqual({
      ok: true,
      rows: [
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['1\n2', '3'] },
        { line: 4, cells: ['x', 'y'] },
      ],
    });
  });
});

describe('answers as CSV', () => {
  it('export, import, export: the same bytes', () => {
    const csv = answersToCsv(library);
    const imported = answersFromCsv(csv);
    expect(imported.problems).toEqual([]);
    expect(imported.valid.map(strip)).toEqual(library);
    expect(answersToCsv(imported.valid.map(strip))).toBe(csv);
  });

  it('reports every bad row with its line and reason, and keeps the good ones apart', () => {
    const csv = [
      'title,body,tags,account,link,archived',
      'Good,Fine answer,shipping,shared,,no',
      ',No title,,shared,,no',
      'Bad link,Text,,shared,javascript:alert(1),no',
      'Bad account,Text,,quillory,,no',
      'Short row,Text',
      'Bad tag,Text,no spaces allowed,shared,,no',
      'Archived?,Text,,shared,,maybe',
      `Long,${'x'.repeat(2001)},,shared,,no`,
    ].join('\n');
    const result = answersFromCsv(csv);
    expect(result.valid.map((r) => r.title)).toEqual(['Good']);
    expect(result.problems).toEqual([
      { line: 3, reason: 'The title is empty' },
      { line: 4, reason: '“javascript:alert(1)” is not an http(s) link' },
      { line: 5, reason: '“quillory” is not “shared” or an @account' },
      { line: 6, reason: '2 cells where the header has 6' },
      { line: 7, reason: '“no spaces allowed” is not a tag (letters, digits, - and _)' },
      { line: 8, reason: 'archived is “maybe”, not yes or no' },
      { line: 9, reason: 'The answer is over 2000 characters' },
    ]);
  });

  it('refuses a file without the columns it needs', () => {
    expect(answersFromCsv('name,text\nA,B\n').problems).toEqual([
      { line: 1, reason: 'The header lacks: title, body, tags, account' },
    ]);
    expect(answersFromCsv('').problems).toHaveLength(1);
  });
});

describe('answers as Markdown', () => {
  it('export, import, export: the same bytes, headings in bodies kept as text', () => {
    const md = answersToMarkdown(library);
    expect(md).toContain('\\## not a heading');
    const imported = answersFromMarkdown(md);
    expect(imported.problems).toEqual([]);
    expect(imported.valid.map(strip)).toEqual(library);
    expect(answersToMarkdown(imported.valid.map(strip))).toBe(md);
  });

  it('says which section lost its settings line', () => {
    const md = '# Answers\n\n## One\n\nbody\n';
    expect(answersFromMarkdown(md).problems).toEqual([
      { line: 4, reason: 'The settings line under the title is missing' },
    ]);
  });
});
