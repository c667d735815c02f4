import { afterEach, describe, expect, it } from 'vitest';
import { createAnswersService } from '../../../../src/main/answers/answers-service';
import { AppFailure } from '../../../../src/main/errors';
import { silentLogger } from '../../../../src/main/platform/logger';
import type { AnswerInput } from '../../../../src/shared/answers/schema';
import { libraryIn, post, tempDir, user } from '../../../support/library-fixture';

const closers: Array<() => void> = [];
afterEach(() => closers.splice(0).forEach((c) => c()));

type Sync<H> = {
  [K in keyof H]: H[K] extends (request: infer R) => infer O ? (request: R) => Awaited<O> : never;
};

const BRAND = { id: '900', username: 'quillory' };
const PERSONAL = { id: '901', username: 'maren_writes' };

function setup(dir = tempDir(), accounts = [BRAND, PERSONAL]) {
  const { library, clock } = libraryIn(dir);
  closers.push(() => library.close());
  const service = createAnswersService({
    answers: library.answers,
    clock,
    log: silentLogger,
    accounts: () => accounts,
    decks: () => [
      {
        columns: [
          { accountId: BRAND.id, builder: { products: ['Marlow', 'Blue-black', 'Marlow Pro'] } },
          { accountId: PERSONAL.id, builder: null },
        ],
      },
    ],
  });
  // The handlers answer at once; the router awaits them either way.
  const h = service.handlers as unknown as Sync<typeof service.handlers>;
  return { library, clock, service, h };
}

const form = (over: Partial<AnswerInput> = {}): AnswerInput => ({
  title: 'Shipping abroad',
  body: 'Hi {first_name}! We ship the {product} to most of Europe in 3–5 working days: {link}',
  tags: ['shipping'],
  accountId: BRAND.id,
  link: 'https://quillory.shop/help/shipping',
  ...over,
});

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppFailure) return e.message;
    throw e;
  }
  throw new Error('not refused');
};

// The demo world's support questions (src/simulator/world/episodes.ts) and the owner's answers.
const DEMO_ANSWERS: Array<[string, string, string[]]> = [
  [
    'Shipping abroad',
    'We do! Delivery is about 3–5 working days, all the options are here: {link}',
    ['shipping'],
  ],
  [
    'Skipping ink',
    'Usually the converter! Give it a flush with water and a drop of dish soap, then refill.',
    ['ink'],
  ],
  [
    'Cracked cap',
    "That shouldn't happen. We'll send a replacement cap today, no need to return the old one.",
    [],
  ],
  ['Nib grinding', 'We do, £15 and about a week turnaround.', ['nib']],
  ['Vintage pens', "It's a gentle, non-iron-gall ink, so yes, fine for vintage pens.", []],
  [
    'Leaked bottle',
    "Oh no. Sorry! A new bottle is on its way, and we've refunded the postage.",
    [],
  ],
  [
    'Late order',
    'So sorry about that! Royal Mail has been slow this week; we sent you a DM with tracking.',
    [],
  ],
  [
    'Swapping a nib after buying',
    'Yes, within 30 days and free of charge. Just reply to your order email.',
    ['nib'],
  ],
];
const PAST_QUESTIONS: Array<[string, string]> = [
  ['Shipping abroad', '@quillory do you ship to Lisbon? Want the Marlow for my sister'],
  [
    'Late order',
    "@quillory my order #4411 still says 'processing' after 6 days, is everything ok?",
  ],
  [
    'Cracked cap',
    '@quillory the cap on my Marlow has started to crack near the clip :( what are my options?',
  ],
  ['Nib grinding', 'Anyone know if Quillory does nib grinding? My medium nib writes like a broad'],
  [
    'Skipping ink',
    '@quillory hi! my Blue-black keeps skipping in the Marlow, is that the converter or me?',
  ],
];

function demoLibrary() {
  const s = setup();
  const ids = new Map<string, string>();
  for (const [title, body, tags] of DEMO_ANSWERS)
    ids.set(
      title,
      s.h.create({
        title,
        body,
        tags,
        accountId: BRAND.id,
        link: title === 'Shipping abroad' ? 'https://quillory.shop/help/shipping' : null,
      }).id as string,
    );
  const posts = PAST_QUESTIONS.map(([, text]) => post(text, { authorId: '11' }));
  s.library.archive.add(
    { posts, includes: { users: [user('11', 'mira', 'Mira Holm')], posts: [], media: [] } },
    null,
    s.clock.now(),
  );
  PAST_QUESTIONS.forEach(([title], i) =>
    s.service.recordUse(ids.get(title)!, posts[i]!.id, BRAND.id, String(7000 + i)),
  );
  return { ...s, ids };
}

describe('suggestions for the post being answered', () => {
  it.each([
    ['@quillory do you ship to Oslo? Want the Marlow Pro for my brother', 'Shipping abroad'],
    ['Does anyone know if Quillory ships to Kraków?', 'Shipping abroad'],
    ['@quillory my order #5120 still says processing after 9 days', 'Late order'],
    ['@quillory hi! my Sepia keeps skipping in the Marlow, converter?', 'Skipping ink'],
    ['@quillory is the Oxblood safe for vintage pens? My grandad’s Parker 51', 'Vintage pens'],
    ['@quillory my parcel arrived but the ink bottle leaked', 'Leaked bottle'],
    [
      '@quillory can I swap the nib on the Marlow from F to M after buying?',
      'Swapping a nib after buying',
    ],
    ['@quillory my cap cracked by the clip', 'Cracked cap'],
  ])('%s → %s', (text, expected) => {
    const { h, ids } = demoLibrary();
    const top = h.suggest({ accountId: BRAND.id, postId: '1', text }) as {
      answers: Array<{ id: string }>;
    };
    expect(top.answers[0]?.id).toBe(ids.get(expected));
    expect(top.answers.length).toBeLessThanOrEqual(3);
  });

  it('finds an answer through the posts it was used for, even when its own words do not match', () => {
    const { h, ids, service } = demoLibrary();
    // "processing" appears only in the question the late-order answer was used for.
    const top = service.suggest(BRAND.id, 'still processing?');
    expect(top[0]?.id).toBe(ids.get('Late order'));
    expect(h.search({ query: 'processing' })).toEqual({ answers: [] });
  });

  it("never offers the brand's answers to the personal account unless they are shared", () => {
    const { h, ids } = demoLibrary();
    const text = '@maren_writes do you ship to Oslo?';
    expect(
      (h.suggest({ accountId: PERSONAL.id, postId: '1', text }) as { answers: unknown[] }).answers,
    ).toEqual([]);
    h.update({ id: ids.get('Shipping abroad')!, answer: form({ accountId: null }) });
    const shared = h.suggest({ accountId: PERSONAL.id, postId: '1', text }) as {
      answers: Array<{ id: string }>;
    };
    expect(shared.answers.map((a) => a.id)).toEqual([ids.get('Shipping abroad')]);
  });

  it('leaves archived answers out of suggestions and search', () => {
    const { h, ids } = demoLibrary();
    h.archive({ id: ids.get('Shipping abroad')!, archived: true });
    const top = h.suggest({ accountId: BRAND.id, postId: '1', text: 'do you ship to Oslo?' }) as {
      answers: Array<{ id: string }>;
    };
    expect(top.answers.map((a) => a.id)).not.toContain(ids.get('Shipping abroad'));
    expect(h.search({ query: 'shipping', includeArchived: true })).toMatchObject({
      answers: [{ archived: true }],
    });
  });
});

describe('writing answers', () => {
  it('refuses a bad answer with the reason and keeps nothing', () => {
    const { h } = setup();
    expect(refusal(() => h.create(form({ title: '  ' })))).toBe('The title is empty');
    expect(refusal(() => h.create(form({ link: 'javascript:alert(1)' })))).toMatch(
      /not an http\(s\) link/,
    );
    expect(refusal(() => h.create(form({ tags: ['no spaces'] })))).toMatch(/is not a tag/);
    expect(refusal(() => h.create(form({ accountId: '12345' })))).toMatch(/no longer signed in/);
    expect(h.search({ query: '' })).toEqual({ answers: [] });
  });

  it('merges two answers into one that keeps both histories', () => {
    const { h, ids } = demoLibrary();
    const merged = h.merge({
      keepId: ids.get('Nib grinding')!,
      dropId: ids.get('Swapping a nib after buying')!,
    });
    expect(merged).toMatchObject({ title: 'Nib grinding', useCount: 1 });
    expect(
      refusal(() =>
        h.merge({
          keepId: ids.get('Nib grinding')!,
          dropId: ids.get('Swapping a nib after buying')!,
        }),
      ),
    ).toMatch(/no longer in the library/);
  });

  it('turns a sent reply back into an answer: name, handle, product and link become variables', () => {
    const { library, clock, h } = setup();
    const asked = post('@quillory do you ship the Marlow Pro to Oslo?', { authorId: '11' });
    library.archive.add(
      {
        posts: [asked],
        includes: { users: [user('11', 'mira', 'Dr. Mira Holm 🖋')], posts: [], media: [] },
      },
      null,
      clock.now(),
    );
    const draft = h.fromReply({
      accountId: BRAND.id,
      inReplyToId: asked.id,
      text: '@mira Hi Mira! Yes, the Marlow Pro ships to Oslo in 3 days {tracked}: https://quillory.shop/help/shipping',
    });
    expect(draft).toEqual({
      title: 'do you ship the Marlow Pro to Oslo?',
      body: '{handle} Hi {first_name}! Yes, the {product} ships to Oslo in 3 days {{tracked}}: {link}',
      link: 'https://quillory.shop/help/shipping',
      tags: ['marlow-pro'],
      accountId: BRAND.id,
    });
    const kept = h.create({ ...form(), ...draft, tags: draft.tags });
    expect(kept).toMatchObject({ title: 'do you ship the Marlow Pro to Oslo?', useCount: 0 });
  });
});

describe('import and export', () => {
  const CSV_BAD = [
    'title,body,tags,account,link,archived',
    'Shipping abroad,We ship to Europe,shipping,@quillory,https://quillory.shop/help/shipping,no',
    ',An answer without a title,,shared,,no',
    'Refunds,Within 30 days,refunds,@someone_else,,no',
    'Nibs,We swap nibs,nib,shared,,maybe',
    '',
  ].join('\r\n');

  it('imports nothing while any row is refused, and says which line and why', () => {
    const { h } = setup();
    const result = h.import({ format: 'csv', text: CSV_BAD, takeValid: false });
    expect(result).toEqual({
      imported: 0,
      skipped: 0,
      problems: [
        { line: 3, reason: 'The title is empty' },
        { line: 4, reason: '@someone_else is not a signed-in account' },
        { line: 5, reason: 'archived is “maybe”, not yes or no' },
      ],
    });
    expect(h.search({ query: '', includeArchived: true })).toEqual({ answers: [] });
  });

  it('imports the valid rows when the owner says so', () => {
    const { h } = setup();
    const result = h.import({ format: 'csv', text: CSV_BAD, takeValid: true });
    expect(result).toMatchObject({ imported: 1, skipped: 0 });
    expect(result.problems).toHaveLength(3);
    expect(h.search({ query: 'europe' })).toMatchObject({
      answers: [{ title: 'Shipping abroad', accountId: BRAND.id, accountUsername: 'quillory' }],
    });
  });

  it.each(['csv', 'markdown'] as const)(
    'exports %s that imports into another library and exports byte for byte the same',
    (format) => {
      const { h, ids } = demoLibrary();
      h.create(
        form({
          title: 'Personal one',
          body: '# not a heading\n\\ and {{braces}}\n\nline, "quoted"',
          accountId: PERSONAL.id,
          tags: [],
          link: null,
        }),
      );
      h.create(form({ title: 'Shared one', accountId: null, tags: ['a', 'b-c'] }));
      h.archive({ id: ids.get('Swapping a nib after buying')!, archived: true });
      const exported = h.export({ format });
      expect(exported.filename).toMatch(format === 'csv' ? /\.csv$/ : /\.md$/);

      const other = setup();
      expect(other.h.import({ format, text: exported.text, takeValid: false })).toEqual({
        imported: DEMO_ANSWERS.length + 2,
        skipped: 0,
        problems: [],
      });
      expect(other.h.export({ format }).text).toBe(exported.text);
      // Importing it again adds nothing: every row is already kept.
      expect(other.h.import({ format, text: exported.text, takeValid: false })).toMatchObject({
        imported: 0,
        skipped: DEMO_ANSWERS.length + 2,
      });
      expect(other.h.export({ format }).text).toBe(exported.text);
    },
  );
});

describe('the Questions view', () => {
  it('groups the last 30 days of questions by the answer used, most asked first', () => {
    const { h, ids, library, clock, service } = demoLibrary();
    const more = [
      '@quillory do you ship to Oslo?',
      '@quillory do you ship to Rome?',
      'do you ship to Bergen?',
    ];
    const posts = more.map((t) => post(t, { authorId: '11' }));
    library.archive.add(
      { posts, includes: { users: [], posts: [], media: [] } },
      null,
      clock.now(),
    );
    service.recordUse(ids.get('Shipping abroad')!, posts[0]!.id, BRAND.id, null);
    service.recordUse(ids.get('Shipping abroad')!, posts[1]!.id, BRAND.id, null);
    const view = h.questions(undefined);
    expect(view.days).toBe(30);
    expect(view.groups[0]).toMatchObject({ answerId: ids.get('Shipping abroad'), total: 3 });
    expect(view.groups[0]!.line).toMatch(/— 3 times, answered with ‘Shipping abroad’$/);
    expect(view.markdown).toContain('## Shipping abroad\n\nAsked 3 times in this period.');
    expect(view.csv.split(/\r?\n/)[0]).toBe(
      'question,answer,times asked,answered with it,unanswered look-alikes,latest',
    );
  });

  it('records a use drafted for X’s intent once per post', () => {
    const { h, ids } = demoLibrary();
    h.used({ answerId: ids.get('Vintage pens')!, accountId: BRAND.id, inReplyToId: '555' });
    h.used({ answerId: ids.get('Vintage pens')!, accountId: BRAND.id, inReplyToId: '555' });
    expect(h.search({ query: 'vintage' })).toMatchObject({ answers: [{ useCount: 1 }] });
  });
});
