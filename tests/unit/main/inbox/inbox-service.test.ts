import { afterEach, describe, expect, it } from 'vitest';
import { createColumnContent } from '../../../../src/main/columns/column-content';
import { columnArchive } from '../../../../src/main/columns/column-archive';
import { fetchSourcePage } from '../../../../src/main/columns/fetch-source';
import { createColumnPoller } from '../../../../src/main/columns/poller';
import { createInboxService } from '../../../../src/main/inbox/inbox-service';
import { createEventHub } from '../../../../src/main/ipc/events';
import type { InboxStore } from '../../../../src/main/library/inbox';
import { createPostService } from '../../../../src/main/posts/post-service';
import { keepPostSpend } from '../../../../src/main/spend/post-spend';
import { DEFAULT_PRICES } from '../../../../src/shared/x/prices';
import type { XClient } from '../../../../src/main/x/x-client';
import type { DecksState } from '../../../../src/shared/decks/schema';
import { NO_FILTERS } from '../../../../src/shared/search/column-filters';
import type { PostPage } from '../../../../src/shared/x/types';
import type { ConversationView } from '../../../../src/shared/inbox/schema';
import { accountsAgainstSimulator, recordingLogger } from '../../../support/accounts-fixture';
import { freePort } from '../../../support/free-port';
import { libraryIn } from '../../../support/library-fixture';

const MIN = 60_000;
const HOUR = 60 * MIN;

type Fixture = Awaited<ReturnType<typeof accountsAgainstSimulator>>;
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/**
 * The inbox service on a real library file, the brand signed in to the simulator over real HTTP,
 * and the post service sending replies through it, all on one fake clock.
 */
async function setup(
  o: { wrapStore?: (s: InboxStore) => InboxStore; wantsNotice?: (brandId: string) => boolean } = {},
) {
  const f: Fixture = await accountsAgainstSimulator({ callbackPort: await freePort() });
  cleanups.push(() => f.sim.close());
  const { id: brandId } = f.keepSignedIn('quillory');
  const { library } = libraryIn(f.dataDir, f.clock);
  cleanups.push(() => library.close());
  // As services.ts wires it: the spend records per post that cost per conversation joins.
  keepPostSpend(f.costs, library.spend);
  const { log, lines } = recordingLogger();
  const events = createEventHub();
  const changes: number[] = [];
  events.subscribe((event, payload) => {
    if (event === 'inbox.changed') changes.push((payload as { at: number }).at);
  });
  const locked = new Set<string>();
  const notices: Array<{ title: string; body: string }> = [];
  const inbox = createInboxService({
    wantsNotice: o.wantsNotice,
    notify: (n) => notices.push(n),
    inbox: o.wrapStore ? o.wrapStore(library.inbox) : library.inbox,
    clock: f.clock,
    log,
    events,
    accounts: () => f.store.get('accounts'),
    lockedColumn: (columnId) => locked.has(columnId),
    zone: () => 'Europe/London',
  });
  inbox.start();
  cleanups.push(() => inbox.stop());
  const posts = createPostService({
    store: f.store,
    asAccount: (accountId, call) => f.access.run(f.service.sessions, accountId, call),
    accountExists: (a) => a === brandId,
    lockedFor: () => null,
    onSent: (accountId, _reply, sent) => {
      if (sent.inReplyToId) inbox.replySent(accountId, sent.inReplyToId, sent.postId);
    },
  });

  /** Reads a page as the brand, as a column does, and delivers it to the inbox. */
  async function deliver(
    column: { id: string; type: string; builder?: unknown },
    read: (c: XClient) => ReturnType<XClient['mentions']>,
  ): Promise<PostPage> {
    const result = await f.access.run(f.service.sessions, brandId, read);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    inbox.intake(column, brandId, result.value.posts, result.value.includes.users);
    return result.value;
  }
  const mentionsColumn = { id: 'col-mentions', type: 'mentions' };
  const readMentions = () => deliver(mentionsColumn, (c) => c.mentions(brandId));

  const all = () => inbox.handlers.list({}) as { conversations: ConversationView[] };
  const byPost = (postId: string) =>
    all().conversations.find((c) => c.conversationId === postId || c.lastPostId === postId);

  /** The column poller as services.ts wires it: what it delivers goes to the inbox. */
  function startPoller() {
    const layout: DecksState = {
      decks: [
        {
          id: 'brand',
          name: 'Brand',
          columns: [
            {
              id: 'col-mentions',
              type: 'mentions',
              title: 'Mentions',
              width: 'medium',
              accountId: brandId,
              intervalMs: 120_000,
              notify: false,
              filters: NO_FILTERS,
            },
          ],
        },
      ],
      activeDeckId: 'brand',
    };
    const poller = createColumnPoller({
      clock: f.clock,
      random: () => 0.5,
      log,
      events,
      content: createColumnContent(),
      archive: columnArchive(library.archive, f.clock),
      decks: () => layout,
      rateLimits: () => f.rateLimits.state(),
      accountState: () => 'ok',
      fetchPage: (a, source, page) =>
        f.access.run(f.service.sessions, a, (c) => fetchSourcePage(c, a, source, page)),
      lookupUser: (a, username) =>
        f.access.run(f.service.sessions, a, (c) => c.userByUsername(username)),
      gate: () => null,
      onReads: () => {},
      readsToday: () => 0,
      notify: () => {},
      onDelivered: (column, accountId, delivered, users) =>
        inbox.intake(column, accountId, delivered, users),
    });
    poller.start();
    cleanups.push(() => poller.stop());
    return poller;
  }
  /** Resolves at the next inbox.changed event: a signal, not a wait on the wall clock. */
  const nextChange = () =>
    new Promise<void>((resolve) => {
      const off = events.subscribe((event) => {
        if (event === 'inbox.changed') {
          off();
          resolve();
        }
      });
    });

  return {
    f,
    library,
    brandId,
    inbox,
    posts,
    deliver,
    readMentions,
    byPost,
    locked,
    lines,
    changes,
    startPoller,
    nextChange,
    notices,
  };
}

describe('the inbox service, against the simulator', () => {
  it('opens a mention, waits after a reply sent from Timedeck, and opens again when the customer answers', async () => {
    const { f, brandId, posts, readMentions, byPost, changes } = await setup();
    const question = f.sim.controls.injectPost({
      authorUsername: 'beatrix_b',
      text: '@quillory my order 4471 has not arrived, can you check?',
    });
    await readMentions();
    const opened = byPost(question)!;
    expect(opened).toMatchObject({
      state: 'open',
      via: 'mention',
      summoned: true,
      customerUsername: 'beatrix_b',
      brandId,
      sourceColumnId: 'col-mentions',
      lastPostText: '@quillory my order 4471 has not arrived, can you check?',
    });
    expect(changes.length).toBeGreaterThan(0);

    const sentAt = f.clock.now();
    const { postId: reply } = await posts.posts.create({
      accountId: brandId,
      text: 'Sorry about that! It left our workshop yesterday, tracking is on its way.',
      inReplyToId: question,
    });
    const waiting = byPost(question)!;
    expect(waiting.state).toBe('waiting');
    expect(waiting.firstResponseAt).toBe(sentAt);
    expect(waiting.history.at(-1)).toMatchObject({ to: 'waiting', cause: 'reply', postId: reply });

    // The simulated customer answers once, 20-90 minutes later on the world's clock.
    f.clock.advance(2 * HOUR);
    await readMentions();
    const again = byPost(question)!;
    expect(again.state).toBe('open');
    expect(again.key).toBe(opened.key);
    expect(again.history.at(-1)).toMatchObject({ from: 'waiting', to: 'open', cause: 'customer' });
    const answeredAfter = again.stateSince - sentAt;
    expect(answeredAfter).toBeGreaterThanOrEqual(20 * MIN);
    expect(answeredAfter).toBeLessThanOrEqual(90 * MIN);
    expect(again.lastPostText).not.toContain('order 4471');

    // Reading the same posts again (another column, a restart) changes nothing.
    const before = again.history.length;
    await readMentions();
    expect(byPost(question)!.history).toHaveLength(before);
  });

  it('takes in what the column poller delivers, and a reply from the composer makes it wait', async () => {
    const { f, brandId, posts, byPost, startPoller, nextChange } = await setup();
    const question = f.sim.controls.injectPost({
      authorUsername: 'beatrix_b',
      text: '@quillory is the Sepia Tide ink waterproof?',
    });
    const changed = nextChange();
    startPoller();
    await changed;
    expect(byPost(question)).toMatchObject({ state: 'open', sourceColumnId: 'col-mentions' });
    await posts.posts.create({ accountId: brandId, text: 'Mostly!', inReplyToId: question });
    expect(byPost(question)!.state).toBe('waiting');
    // The customer answers within 90 minutes; the poller reads it on its next round.
    const answered = nextChange();
    f.clock.advance(2 * HOUR);
    await answered;
    expect(byPost(question)!.state).toBe('open');
  });

  it('takes a support-search hit in as not summoned, and triages it: sent on X, done, undo, batch done', async () => {
    const { f, inbox, deliver, readMentions, byPost } = await setup();
    const hit = f.sim.controls.injectPost({
      authorUsername: 'beatrix_b',
      text: 'is quilory down? my ink order page will not load',
    });
    const searchColumn = { id: 'col-search', type: 'search', builder: { brand: 'quillory' } };
    await deliver(searchColumn, (c) => c.searchRecent({ query: 'quilory' }));
    const found = byPost(hit)!;
    expect(found).toMatchObject({
      state: 'open',
      via: 'search',
      summoned: false,
      sourceColumnId: 'col-search',
    });

    // The same search as a plain search column (no support builder) opens nothing.
    const other = f.sim.controls.injectPost({
      authorUsername: 'beatrix_b',
      text: 'quilory again, a plain search should not care',
    });
    await deliver({ id: 'col-plain', type: 'search' }, (c) => c.searchRecent({ query: 'quilory' }));
    expect(byPost(other)).toBeUndefined();

    const act = inbox.handlers.act as (r: Parameters<typeof inbox.handlers.act>[0]) => {
      conversations: ConversationView[];
    };
    expect(act({ action: 'sentOnX', keys: [found.key] }).conversations[0]!.state).toBe('waiting');
    expect(act({ action: 'done', keys: [found.key] }).conversations[0]).toMatchObject({
      state: 'done',
      canUndo: true,
    });
    expect(act({ action: 'undo', keys: [found.key] }).conversations[0]!.state).toBe('waiting');

    const mention = f.sim.controls.injectPost({
      authorUsername: 'beatrix_b',
      text: '@quillory do you ship to Norway?',
    });
    await readMentions();
    const both = [found.key, byPost(mention)!.key];
    const result = act({ action: 'done', keys: both });
    expect(result.conversations.map((c) => c.state)).toEqual(['done', 'done']);
    expect(inbox.handlers.list({ state: 'done' })).toMatchObject({
      conversations: expect.arrayContaining([
        expect.objectContaining({ key: both[0] }),
        expect.objectContaining({ key: both[1] }),
      ]),
    });
    expect(() => act({ action: 'done', keys: ['1:2'] })).toThrow(/no longer in the inbox/);
  });

  it('wakes a snooze at its time and closes a conversation left waiting three days', async () => {
    const { f, inbox, readMentions, byPost } = await setup();
    const a = f.sim.controls.injectPost({ authorUsername: 'beatrix_b', text: '@quillory hi?' });
    await readMentions();
    const key = byPost(a)!.key;
    const snoozed = inbox.handlers.act({ action: 'snooze', keys: [key], choice: 'later-today' });
    const until = (snoozed as { conversations: ConversationView[] }).conversations[0]!
      .snoozedUntil!;
    expect(until).toBeGreaterThan(f.clock.now());

    f.clock.advance(until - f.clock.now() - 1);
    expect(byPost(a)!.state).toBe('snoozed');
    f.clock.advance(2_000);
    const woke = byPost(a)!;
    expect(woke.state).toBe('open');
    expect(woke.history.at(-1)).toMatchObject({ cause: 'woke', at: until });

    // Confirmed as sent on X, then three days without a word from the customer.
    inbox.handlers.act({ action: 'sentOnX', keys: [key] });
    const waitingSince = byPost(a)!.stateSince;
    expect(byPost(a)!.state).toBe('waiting');
    f.clock.advance(3 * 24 * HOUR + 2 * HOUR);
    const closed = byPost(a)!;
    expect(closed.state).toBe('done');
    expect(closed.history.at(-1)).toMatchObject({
      cause: 'auto-done',
      at: waitingSince + 3 * 24 * HOUR,
    });
  });

  it('leaves out a locked deck’s conversations and refuses to act on them', async () => {
    const { f, inbox, readMentions, byPost, locked } = await setup();
    const a = f.sim.controls.injectPost({ authorUsername: 'beatrix_b', text: '@quillory hey' });
    await readMentions();
    const key = byPost(a)!.key;
    locked.add('col-mentions');
    expect(byPost(a)).toBeUndefined();
    expect(inbox.handlers.list({})).toMatchObject({
      counts: { open: 0, waiting: 0, snoozed: 0, done: 0 },
    });
    expect(() => inbox.handlers.act({ action: 'done', keys: [key] })).toThrow(/locked/);
    locked.delete('col-mentions');
    expect(byPost(a)!.state).toBe('open');
  });

  it('sums up open conversations for the lock panel, a locked deck’s too, as numbers only', async () => {
    const { f, inbox, readMentions, byPost, locked } = await setup();
    const question = f.sim.controls.injectPost({
      authorUsername: 'beatrix_b',
      text: '@quillory a question?',
    });
    await readMentions();
    expect(byPost(question)!.state).toBe('open');
    const open = (inbox.handlers.list({ state: 'open' }) as { conversations: ConversationView[] })
      .conversations;
    const oldest = Math.min(...open.map((c) => c.stateSince));

    locked.add('col-mentions');
    expect(inbox.handlers.list({})).toMatchObject({ conversations: [] });
    const summary = inbox.handlers.summary(undefined);
    expect(summary).toEqual({ open: open.length, oldestOpenSince: oldest });
    // Numbers only: nothing of a post or a customer.
    expect(Object.keys(summary).sort()).toEqual(['oldestOpenSince', 'open']);

    locked.delete('col-mentions');
    inbox.handlers.act({ action: 'done', keys: open.map((c) => c.key) });
    expect(inbox.handlers.summary(undefined)).toEqual({ open: 0, oldestOpenSince: null });
  });

  it('measures answers and first responses per budget day, in the owner’s zone', async () => {
    const { f, brandId, posts, inbox, readMentions, byPost } = await setup();
    const question = f.sim.controls.injectPost({
      authorUsername: 'beatrix_b',
      text: '@quillory do you engrave pens?',
    });
    await readMentions();
    const openedAt = byPost(question)!.openedAt;
    f.clock.advance(38 * MIN);
    await posts.posts.create({ accountId: brandId, text: 'We do!', inReplyToId: question });
    const metrics = inbox.handlers.metrics(undefined) as Awaited<
      ReturnType<typeof inbox.handlers.metrics>
    >;
    const today = metrics.days.at(-1)!;
    expect(metrics.days).toHaveLength(30);
    expect(today.start).toBeLessThanOrEqual(f.clock.now());
    expect(today.end).toBeGreaterThan(f.clock.now());
    expect(today.answered).toBe(1);
    const firstResponse = byPost(question)!.firstResponseAt! - openedAt;
    expect(today.medianFirstResponseMs).toBe(firstResponse);
    expect(metrics.week).toMatchObject({ answered: 1, end: today.end });
    expect(metrics.week.start).toBe(metrics.days.at(-7)!.start);
  });

  it('notifies once of a new conversation and when a snooze ends, naming no post, if the owner asked', async () => {
    let wanted = true;
    const { f, inbox, readMentions, byPost, notices, locked } = await setup({
      wantsNotice: () => wanted,
    });
    await readMentions(); // what the world had before: its notices are not this test's
    notices.splice(0);
    const question = f.sim.controls.injectPost({
      authorUsername: 'beatrix_b',
      text: '@quillory is my parcel lost?',
    });
    await readMentions();
    expect(notices).toEqual([
      { title: 'A new conversation', body: '@beatrix_b: waiting for an answer' },
    ]);
    // Read again (another column, the next poll): no second notice.
    await readMentions();
    expect(notices).toHaveLength(1);

    const key = byPost(question)!.key;
    inbox.handlers.act({ action: 'snooze', keys: [key], choice: 'later-today' });
    f.clock.advance(4 * HOUR);
    expect(byPost(question)!.state).toBe('open');
    expect(notices.at(-1)).toEqual({
      title: 'A snoozed conversation is back',
      body: '@beatrix_b: waiting for an answer',
    });

    // Not asked for (no Inbox column set to notify), or locked: silence.
    wanted = false;
    f.sim.controls.injectPost({ authorUsername: 'penwoman_ruth', text: '@quillory hello?' });
    await readMentions();
    wanted = true;
    locked.add('col-mentions');
    f.sim.controls.injectPost({ authorUsername: 'dgrant_writes', text: '@quillory anyone?' });
    await readMentions();
    expect(notices).toHaveLength(2);
  });

  it('lists what an "Answer the inbox" session answered and closed, by customer only', async () => {
    const { f, brandId, posts, inbox, readMentions, byPost } = await setup();
    const before = f.sim.controls.injectPost({
      authorUsername: 'penwoman_ruth',
      text: '@quillory a',
    });
    const asked = f.sim.controls.injectPost({ authorUsername: 'beatrix_b', text: '@quillory b' });
    const closed = f.sim.controls.injectPost({
      authorUsername: 'dgrant_writes',
      text: '@quillory c',
    });
    await readMentions();
    // Answered before the session: not its work.
    await posts.posts.create({ accountId: brandId, text: 'Early!', inReplyToId: before });
    f.clock.advance(5 * MIN);
    const since = f.clock.now();
    await posts.posts.create({ accountId: brandId, text: 'Yes.', inReplyToId: asked });
    inbox.handlers.act({ action: 'done', keys: [byPost(closed)!.key] });
    const undone = byPost(before)!.key;
    inbox.handlers.act({ action: 'done', keys: [undone] });
    inbox.handlers.act({ action: 'undo', keys: [undone] });
    f.clock.advance(MIN);
    const work = inbox.handlers.session({ since, until: f.clock.now() }) as {
      answered: unknown[];
      done: unknown[];
    };
    expect(work).toEqual({
      answered: [{ key: byPost(asked)!.key, customer: '@beatrix_b' }],
      done: [{ key: byPost(closed)!.key, customer: '@dgrant_writes' }],
    });
  });

  it('keeps ticking after the library fails, and never spins while it keeps failing', async () => {
    let failing = false;
    let dueCalls = 0;
    const { f, inbox, readMentions, byPost, lines } = await setup({
      wrapStore: (s) => ({
        ...s,
        due: (now, ms) => {
          dueCalls++;
          if (failing) throw new Error('disk I/O error');
          return s.due(now, ms);
        },
      }),
    });
    const a = f.sim.controls.injectPost({ authorUsername: 'beatrix_b', text: '@quillory yo' });
    await readMentions();
    const key = byPost(a)!.key;
    inbox.handlers.act({ action: 'snooze', keys: [key], choice: { until: f.clock.now() + HOUR } });

    failing = true;
    dueCalls = 0;
    f.clock.advance(HOUR + 30 * MIN);
    expect(byPost(a)!.state).toBe('snoozed');
    expect(lines.some((l) => l.includes('a timed change failed'))).toBe(true);
    // One try at the due time, then one a minute: about 31 in 90 minutes, not thousands.
    expect(dueCalls).toBeGreaterThan(0);
    expect(dueCalls).toBeLessThanOrEqual(32);

    failing = false;
    f.clock.advance(2 * MIN);
    expect(byPost(a)!.state).toBe('open');
  });
});

describe('cost per conversation', () => {
  const SEC = 1000;

  it('counts the posts X billed in it, the reply at its price, and the minutes it was open while the time box counted', async () => {
    const { f, brandId, inbox, posts, readMentions, byPost, changes } = await setup();
    const question = f.sim.controls.injectPost({
      authorUsername: 'beatrix_b',
      text: '@quillory does the Brass Pocket Pen come in green?',
    });
    await readMentions();
    // Read again the same UTC day (another column, a restart): X bills it once.
    await readMentions();
    const c = byPost(question)!;
    // The Mentions timeline is an owned read: $0.001 a post.
    expect(c.cost).toEqual({ postsRead: 1, dollars: DEFAULT_PRICES.ownedRead, attentionMs: 0 });
    const simBilled = f.sim.controls
      .appBilledPosts()
      .flatMap((row) => row.posts)
      .filter((id) => id === question);
    expect(simBilled).toHaveLength(1);

    // Open on screen for 90 s of counted time, then nothing open for 60 s of counted time.
    expect(inbox.handlers.attend({ key: c.key })).toEqual({ key: c.key });
    const m0 = f.clock.monotonic();
    inbox.counted({ from: m0, to: m0 + 90 * SEC });
    f.clock.advance(90 * SEC);
    // The composer replying to the customer's post is the same conversation: nothing changes.
    expect(inbox.handlers.attend({ key: null, inReplyToId: question })).toEqual({ key: c.key });
    const before = changes.length;
    await posts.posts.create({
      accountId: brandId,
      text: 'Yes, Forest Green!',
      inReplyToId: question,
    });
    expect(changes.length).toBeGreaterThan(before);
    expect(inbox.handlers.attend({ key: null })).toEqual({ key: null });
    const m1 = f.clock.monotonic();
    inbox.counted({ from: m1, to: m1 + 60 * SEC });

    const after = byPost(question)!;
    expect(after.cost).toEqual({
      postsRead: 1,
      // The owned read and the reply (a reply to a customer who summoned the brand: $0.010).
      dollars: DEFAULT_PRICES.ownedRead + DEFAULT_PRICES.replySummoned,
      attentionMs: 90 * SEC,
    });
    // The Time view's day sums every conversation's (the world's other customers wrote too), and
    // divides it by the one answered.
    const all = (inbox.handlers.list({}) as { conversations: ConversationView[] }).conversations;
    expect(all.length).toBeGreaterThan(1);
    const today = inbox.metrics().days.at(-1)!;
    expect(today.answered).toBe(1);
    const sum = (k: 'postsRead' | 'attentionMs' | 'dollars') =>
      all.reduce((n, x) => n + x.cost[k], 0);
    expect(today.cost.total.postsRead).toBe(sum('postsRead'));
    expect(today.cost.total.attentionMs).toBe(90 * SEC);
    expect(today.cost.total.dollars).toBeCloseTo(sum('dollars'), 6);
    expect(today.cost.perAnswered).toEqual(today.cost.total);
  });

  it('counts nothing for a locked deck’s conversation, nor after it closed, and keeps the time across a restart', async () => {
    const { f, library, inbox, readMentions, byPost, locked } = await setup();
    const question = f.sim.controls.injectPost({
      authorUsername: 'beatrix_b',
      text: '@quillory is the shop open on Sunday?',
    });
    await readMentions();
    const { key } = byPost(question)!;
    const stretch = (ms: number) => {
      const m = f.clock.monotonic();
      inbox.counted({ from: m, to: m + ms });
      f.clock.advance(ms);
    };

    inbox.handlers.attend({ key });
    stretch(20 * SEC);
    // Its deck locks: the time is not its own (and a report while locked counts nothing).
    locked.add('col-mentions');
    stretch(20 * SEC);
    expect(inbox.handlers.attend({ key })).toEqual({ key: null });
    stretch(20 * SEC);
    locked.delete('col-mentions');
    expect(inbox.handlers.attend({ key })).toEqual({ key });
    stretch(10 * SEC);
    // Unknown conversations are refused; a post in none counts for none.
    expect(() => inbox.handlers.attend({ key: '1:2' })).toThrow(/no longer in the inbox/);
    expect(inbox.handlers.attend({ key: null, inReplyToId: '123' })).toEqual({ key: null });
    stretch(30 * SEC);
    expect(byPost(question)!.cost.attentionMs).toBe(30 * SEC);

    // Quit: what was held is kept; a new run of the service reads it back.
    inbox.stop();
    const again = createInboxService({
      inbox: library.inbox,
      clock: f.clock,
      log: recordingLogger().log,
      events: createEventHub(),
      accounts: () => f.store.get('accounts'),
      lockedColumn: () => false,
      zone: () => 'Europe/London',
    });
    const listed = (again.handlers.list({}) as { conversations: ConversationView[] }).conversations;
    expect(listed.find((c) => c.key === key)?.cost.attentionMs).toBe(30 * SEC);
  });
});
