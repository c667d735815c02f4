import { describe, expect, it } from 'vitest';
import { eventContract, invokeChannels } from '../../../../src/shared/ipc/contract';

/** Payloads that no channel may accept, whatever its schema. */
const ALWAYS_MALFORMED: unknown[] = [
  null,
  42,
  'decks',
  true,
  [],
  { deckId: 'brand', extra: 'field' },
];

/** A valid request for every channel, so that each rejection below is about one thing. */
const VALID: Record<string, unknown> = {
  'app.info': undefined,
  'app.dismissNotice': { noticeId: 'n1' },
  'app.finishFirstRun': { dailyMinutes: 30 },
  'decks.get': undefined,
  'decks.create': { name: 'Launch' },
  'decks.rename': { deckId: 'brand', name: 'Brand HQ' },
  'decks.move': { deckId: 'brand', toIndex: 1 },
  'decks.remove': { deckId: 'brand' },
  'decks.activate': { deckId: 'brand' },
  'columns.add': { deckId: 'brand', column: { type: 'search', title: 'Acme', width: 'wide' } },
  'columns.update': { deckId: 'brand', columnId: 'c1', patch: { title: 'Acme typos' } },
  'columns.move': { deckId: 'brand', columnId: 'c1', toIndex: 0 },
  'columns.remove': { deckId: 'brand', columnId: 'c1' },
  'columns.removed': undefined,
  'columns.restore': { key: 'r1' },
  'columns.snapshot': undefined,
  'columns.refresh': { columnId: 'c1' },
  'columns.clear': { columnId: 'c1' },
  'columns.markRead': { columnId: 'c1', postId: '1850000000000000000' },
  'accounts.list': undefined,
  'accounts.signIn': undefined,
  'accounts.cancelSignIn': { attemptId: 'signin-1' },
  'accounts.update': { accountId: '42', role: 'Support', color: '#3ecf8e' },
  'accounts.move': { accountId: '42', toIndex: 1 },
  'accounts.signOut': { accountId: '42' },
  'accounts.allowWeakStorage': undefined,
  'settings.getXApp': undefined,
  'settings.setXApp': {
    clientId: 'abc',
    callbackPort: 53682,
    apiBaseUrl: 'https://api.x.com',
    tier: 'self-serve',
  },
  'posts.create': {
    accountId: '42',
    text: 'Thanks, it ships Monday!',
    inReplyToId: '1850000000000000000',
  },
  'posts.repost': { accountId: '42', postId: '1850000000000000000' },
  'posts.context': { accountId: '42', postId: '1850000000000000000' },
  'drafts.get': undefined,
  'drafts.set': { accountId: '42', text: 'half a thought', inReplyToId: null },
  'spend.get': undefined,
  'spend.setMonthlyCap': { dollars: 25 },
  'spend.volume': { query: 'quillory OR "sepia tide" -is:retweet' },
  'timebox.view': undefined,
  'timebox.getSettings': undefined,
  'timebox.setSettings': { homeTimeZone: 'Europe/Berlin', weekdayBudgets: { mon: 20 } },
  'timebox.startSession': { purpose: 'answer support', minutes: 15 },
  'timebox.pauseSession': undefined,
  'timebox.resumeSession': undefined,
  'timebox.endSession': undefined,
  'timebox.requestOverride': { reason: 'launch day' },
  'timebox.cancelOverride': undefined,
  'timebox.report': undefined,
  'timebox.exportCsv': undefined,
  'links.open': { url: 'https://x.com/acme' },
  'inbox.list': { state: 'open' },
  'inbox.act': { action: 'snooze', keys: ['1850000000000000000:42'], choice: 'tomorrow' },
  'answers.search': { query: 'ship' },
  'answers.suggest': { accountId: '900', postId: '1850000000000000000', text: 'do you ship?' },
  'answers.create': {
    title: 'Shipping',
    body: 'We ship: {link}',
    tags: ['shipping'],
    accountId: null,
    link: 'https://quillory.shop',
  },
  'answers.update': {
    id: '1',
    answer: { title: 'Shipping', body: 'We ship', tags: [], accountId: '900', link: null },
  },
  'answers.archive': { id: '1', archived: true },
  'answers.merge': { keepId: '1', dropId: '2' },
  'answers.fromReply': { accountId: '900', text: 'We do!', inReplyToId: '1850000000000000000' },
  'answers.used': { answerId: '1', accountId: '900', inReplyToId: '1850000000000000000' },
  'answers.export': { format: 'csv' },
  'answers.import': { format: 'markdown', text: '# Answers', takeValid: false },
  'answers.questions': undefined,
  'inbox.summary': undefined,
  'inbox.metrics': undefined,
  'inbox.session': { since: 1_795_000_000_000, until: 1_795_001_800_000 },
  'inbox.attend': { key: '1850000000000000000:42' },
  'lists.owned': { accountId: '42' },
  'appearance.get': undefined,
  'archive.settings': undefined,
  'archive.previewRetention': { days: 30 },
  'archive.setRetention': { days: 365 },
  'archive.pin': { postId: '1850000000000000000', pinned: true },
  'appearance.set': { theme: 'dark', textSize: 'large' },
  'people.list': { search: 'mira', tagId: 'lead' },
  'people.card': { personId: '42' },
  'people.tags': undefined,
  'people.setTag': { personId: '42', tagId: 'lead', on: true },
  'people.createTag': { name: 'Stockist', color: '#12ab34' },
  'people.updateTag': { tagId: 'lead', color: '#000000' },
  'people.removeTag': { tagId: 'lead' },
  'people.addNote': { personId: '42', text: 'Met at the fair' },
  'people.updateNote': { personId: '42', noteId: 3, text: 'Met at the Lyon fair' },
  'people.removeNote': { personId: '42', noteId: 3 },
  'people.remove': { personId: '42' },
  'people.exportCsv': undefined,
  'people.importCsv': { csv: 'x_user_id,username\n42,mira\n' },
  'outcomes.log': { kind: 'sale', valueMinor: 4800, currency: 'GBP', note: '', personId: '42' },
  'outcomes.remove': { outcomeId: 1 },
  'outcomes.list': { from: 0, to: 1 },
  'outcomes.brought': undefined,
  'balance.settings': undefined,
  'balance.setSettings': {
    domains: ['quillory.example'],
    products: ['A5 notebook'],
    target: { promotional: 1, outOf: 5 },
  },
  'balance.view': { accountId: '900' },
  'balance.setClass': { accountId: '900', postId: '5', postClass: 'social' },
};

/** Channel-specific mistakes a buggy or hostile renderer might send. */
const MALFORMED: Record<string, unknown[]> = {
  'decks.create': [{ name: '' }, { name: '   ' }, { name: 'x'.repeat(41) }, { name: 7 }, {}],
  'decks.rename': [{ deckId: '', name: 'A' }, { deckId: 'brand', name: '' }, { name: 'A' }],
  'decks.move': [
    { deckId: 'brand', toIndex: -1 },
    { deckId: 'brand', toIndex: 1.5 },
    { deckId: 'brand', toIndex: '1' },
  ],
  'columns.add': [
    {
      deckId: 'brand',
      column: { type: 'search', title: 'A', width: 'wide', query: 'x'.repeat(513) },
    },
    { deckId: 'brand', column: { type: 'search', title: 'A', width: 'wide', intervalMs: 1000 } },
    {
      deckId: 'brand',
      column: { type: 'user', title: 'A', width: 'wide', username: 'not a handle!' },
    },
    { deckId: 'brand', column: { type: 'timeline-of-doom', title: 'A', width: 'wide' } },
    { deckId: 'brand', column: { type: 'search', title: '', width: 'wide' } },
    { deckId: 'brand', column: { type: 'search', title: 'A', width: 'huge' } },
    {
      deckId: 'brand',
      column: { type: 'search', title: 'A', width: 'wide', id: 'chosen-by-renderer' },
    },
    { deckId: 'brand' },
  ],
  'columns.removed': [{}, { key: 'r1' }],
  'columns.restore': [
    {},
    { key: '' },
    { key: 1 },
    { key: 'x'.repeat(65) },
    { key: 'r1', deckId: 'brand' },
  ],
  'columns.update': [
    { deckId: 'brand', columnId: 'c1', patch: {} },
    { deckId: 'brand', columnId: 'c1', patch: { title: '' } },
    { deckId: 'brand', columnId: 'c1', patch: { type: 'dm' } },
    { deckId: 'brand', columnId: 'c1', patch: { id: 'c2' } },
  ],
  'links.open': [{ url: 7 }, { url: 'x'.repeat(5000) }],
  'appearance.set': [{ theme: 'sepia' }, { textSize: 'huge' }, { fontSize: 20 }],
  'archive.setRetention': [{ days: 3 }, { days: 30.5 }, { days: '30' }, { days: 30, extra: 1 }],
  'archive.pin': [
    { postId: 'abc', pinned: true },
    { postId: '1', pinned: 'yes' },
  ],
  'columns.markRead': [
    { columnId: 'c1', postId: '12ab' },
    { columnId: 'c1', postId: 1850000000000000000 },
  ],
  'accounts.update': [
    { accountId: '42', role: '' },
    { accountId: '42', color: 'red' },
  ],
  'settings.setXApp': [
    { clientId: 'abc', callbackPort: 80, apiBaseUrl: 'https://api.x.com', tier: 'self-serve' },
    { clientId: 'abc', callbackPort: 53682, apiBaseUrl: 'javascript:alert(1)', tier: 'self-serve' },
    { clientId: 'abc', callbackPort: 53682, apiBaseUrl: 'https://api.x.com', tier: 'gold' },
  ],
  'posts.create': [
    { accountId: '42', text: '' },
    { accountId: '42', text: 'hi', inReplyToId: 'abc' },
  ],
  'spend.setMonthlyCap': [{ dollars: -1 }, { dollars: '10' }],
  'lists.owned': [{}, { accountId: '' }, { accountId: '42', cursor: 'x' }],
  'spend.volume': [{ query: 'x'.repeat(4097) }, { query: 'ink', bearerToken: 'abc' }, {}],
  'timebox.setSettings': [
    { homeTimeZone: 'Mars/Olympus' },
    { homeTimeZone: 'UTC', resetHour: 24 },
    { homeTimeZone: 'UTC', weekdayBudgets: { mon: -5 } },
    { homeTimeZone: 'UTC', mode: 'whenever' },
  ],
  'inbox.list': [{ state: 'archived' }, { accountId: 'brand' }],
  'inbox.summary': [{}],
  'inbox.session': [{ since: -1, until: 0 }, { since: 0 }, { since: 0, until: 1, keys: [] }],
  'inbox.attend': [
    {},
    { key: 'not-a-key' },
    { key: null, inReplyToId: 'abc' },
    { key: '1:2', seconds: 60 },
    { key: 42 },
  ],
  'inbox.act': [
    { action: 'done', keys: [] },
    { action: 'done', keys: ['not-a-key'] },
    { action: 'delete', keys: ['1:2'] },
    { action: 'snooze', keys: ['1:2'] },
    { action: 'snooze', keys: ['1:2'], choice: 'someday' },
    { action: 'done', keys: ['1:2'], choice: 'tomorrow' },
    { action: 'done', keys: Array.from({ length: 201 }, (_, i) => `${i}:2`) },
  ],
  'people.card': [{ personId: 'mira_b' }, {}],
  'people.setTag': [
    { personId: '42', tagId: 'Lead!', on: true },
    { personId: '42', tagId: 'lead' },
  ],
  'people.createTag': [
    { name: '', color: '#000000' },
    { name: 'x'.repeat(31), color: '#000000' },
    { name: 'vip', color: 'red' },
  ],
  'people.addNote': [
    { personId: '42', text: '  ' },
    { personId: '42', text: 'x'.repeat(5001) },
  ],
  'outcomes.log': [
    { kind: 'sale', valueMinor: 4800 },
    { kind: 'sale', currency: 'GBP' },
    { kind: 'sale', valueMinor: 48.5, currency: 'GBP' },
    { kind: 'sale', valueMinor: -1, currency: 'GBP' },
    { kind: 'sale', valueMinor: 4800, currency: 'pounds' },
    { kind: 'bribe' },
    { kind: 'sale', personId: 'mira' },
  ],
  'balance.setSettings': [
    { domains: [], products: [], target: { promotional: 6, outOf: 5 } },
    { domains: [], products: [], target: { promotional: 1, outOf: 0 } },
    { domains: [], products: ['x'], target: { promotional: 1, outOf: 5 } },
  ],
  'balance.setClass': [{ accountId: '900', postId: '5', postClass: 'advert' }],
  'answers.search': [{ query: 'x'.repeat(201) }, { query: 'a', accountId: '' }],
  'answers.suggest': [{ accountId: '900', postId: 'abc', text: 'x' }],
  'answers.create': [
    { title: 'a', body: 'b', tags: [], accountId: null },
    { title: 'a', body: 'b', tags: 'x', accountId: null, link: null },
    { title: 'a', body: 'b', tags: [], accountId: null, link: null, archived: true },
  ],
  'answers.update': [{ id: 'one', answer: {} }],
  'answers.archive': [{ id: '1' }, { id: '-1', archived: true }],
  'answers.import': [
    { format: 'xlsx', text: '', takeValid: false },
    { format: 'csv', text: '' },
  ],
  'answers.export': [{ format: 'pdf' }],
  'timebox.startSession': [
    { purpose: 'x', minutes: 2 },
    { purpose: 'x', minutes: 61 },
    { purpose: 'x', minutes: 10.5 },
  ],
};

describe('the IPC contract', () => {
  it('knows every channel that has test data, and has test data for every channel', () => {
    expect(invokeChannels.map((c) => c.name).sort()).toEqual(Object.keys(VALID).sort());
  });

  describe.each(invokeChannels)('$name', ({ name, spec }) => {
    it('accepts a well-formed request', () => {
      expect(spec.request.safeParse(VALID[name]).success).toBe(true);
    });

    it.each(ALWAYS_MALFORMED.map((p) => [JSON.stringify(p) ?? String(p), p]))(
      'rejects %s',
      (_label, payload) => {
        expect(spec.request.safeParse(payload).success).toBe(false);
      },
    );

    const specific = MALFORMED[name] ?? [];
    if (specific.length > 0) {
      it.each(specific.map((p) => [JSON.stringify(p), p]))('rejects %s', (_label, payload) => {
        expect(spec.request.safeParse(payload).success).toBe(false);
      });
    }
  });

  it('trims names and titles before they are stored', () => {
    const create = invokeChannels.find((c) => c.name === 'decks.create')!;
    expect(create.spec.request.parse({ name: '  Launch  ' })).toEqual({ name: 'Launch' });
  });

  it('answers a restore with the layout and a history of at most ten removed columns', () => {
    const restore = invokeChannels.find((c) => c.name === 'columns.restore')!;
    const column = {
      id: 'c1',
      type: 'search',
      title: 'Support',
      width: 'medium',
      accountId: '42',
      intervalMs: 120_000,
      notify: false,
      filters: {
        hideReposts: false,
        hideReplies: false,
        onlyLinks: false,
        onlyMedia: false,
        mutedWords: [],
        mutedAccounts: [],
      },
      query: 'quillory OR quilery',
    };
    const decks = { decks: [{ id: 'brand', name: 'Brand', columns: [] }], activeDeckId: 'brand' };
    const entry = (key: string) => ({ key, deckId: 'brand', index: 0, column });
    const ten = Array.from({ length: 10 }, (_, i) => entry(`r${i}`));
    expect(restore.spec.response.safeParse({ decks, removed: ten }).success).toBe(true);
    expect(
      restore.spec.response.safeParse({ decks, removed: [...ten, entry('r10')] }).success,
    ).toBe(false);
    expect(
      restore.spec.response.safeParse({ decks, removed: [{ ...entry('r'), index: -1 }] }).success,
    ).toBe(false);
    const { query: _q, ...noQuery } = column;
    expect(
      restore.spec.response.safeParse({
        decks,
        removed: [{ ...entry('r'), column: { ...noQuery, type: 'dm' } }],
      }).success,
    ).toBe(false);
  });

  it('rejects malformed events before any transport sends them', () => {
    expect(eventContract['decks.changed'].safeParse({ decks: [], activeDeckId: 'x' }).success).toBe(
      false,
    );
    expect(
      eventContract['app.notice'].safeParse({ id: 'n', level: 'panic', message: 'm', at: 1 })
        .success,
    ).toBe(false);
  });
});
