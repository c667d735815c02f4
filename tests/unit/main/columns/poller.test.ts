import { afterEach, describe, expect, it } from 'vitest';
import { createColumnContent } from '../../../../src/main/columns/column-content';
import { fetchSourcePage } from '../../../../src/main/columns/fetch-source';
import {
  createColumnPoller,
  type ColumnPoller,
  type PollGate,
} from '../../../../src/main/columns/poller';
import { columnArchive } from '../../../../src/main/columns/column-archive';
import { openBetterSqlite } from '../../../../src/main/library/better-sqlite3-driver';
import { openLibrary, type Library } from '../../../../src/main/library/library';
import { createEventHub } from '../../../../src/main/ipc/events';
import { silentLogger } from '../../../../src/main/platform/logger';
import type { ColumnPosts, ColumnStatus } from '../../../../src/shared/columns/content';
import type { Column, DecksState } from '../../../../src/shared/decks/schema';
import { NO_FILTERS } from '../../../../src/shared/search/column-filters';
import { accountsAgainstSimulator } from '../../../support/accounts-fixture';
import { freePort } from '../../../support/free-port';
import type { SecretVault } from '../../../../src/main/accounts/vault';

type Fixture = Awaited<ReturnType<typeof accountsAgainstSimulator>>;
let f: Fixture | undefined;
let stop: (() => void) | undefined;
let library: Library | undefined;
/** The poller under test: `settle` waits on its explicit signal, never on a sleep. */
let current: ColumnPoller | undefined;
afterEach(async () => {
  stop?.();
  library?.close();
  library = undefined;
  await f?.sim.close();
  f = undefined;
});

const column = (id: string, patch: Partial<Column>): Column => ({
  id,
  type: 'search',
  title: id,
  width: 'medium',
  accountId: null,
  intervalMs: 120_000,
  notify: false,
  filters: NO_FILTERS,
  ...patch,
});

/** The poller as main wires it, against the simulator, with what it pushed to the renderer. */
async function pollerFor(
  columns: (accountId: string) => Column[],
  options: { gate?: () => PollGate | null; wrapVault?: (v: SecretVault) => SecretVault } = {},
) {
  // A second poller in one test is the next start of the app: same simulator, same data dir.
  f ??= await accountsAgainstSimulator({
    callbackPort: await freePort(),
    ...(options.wrapVault ? { wrapVault: options.wrapVault } : {}),
  });
  const fx = f;
  const { id } = fx.store.get('accounts').length
    ? { id: fx.store.get('accounts')[0]!.id }
    : fx.keepSignedIn('quillory');
  const layout: DecksState = {
    decks: [{ id: 'brand', name: 'Brand', columns: columns(id) }],
    activeDeckId: 'brand',
  };
  const events = createEventHub();
  const posts: ColumnPosts[] = [];
  const statuses: ColumnStatus[] = [];
  events.subscribe((event, payload) => {
    if (event === 'columns.posts') posts.push(payload as ColumnPosts);
    if (event === 'columns.status') statuses.push(payload as ColumnStatus);
  });
  const notified: string[] = [];
  /** Each page asked of X: its since_id and how many posts X answered (the subject is untouched). */
  const asked: Array<{ sinceId?: string; posts: number }> = [];
  const asAccount = <T>(accountId: string, call: Parameters<typeof fx.access.run<T>>[2]) =>
    fx.access.run(fx.service.sessions, accountId, call);
  // The app's next start opens the library anew (the last one is closed, as at quit).
  library?.close();
  library = openLibrary({
    dir: fx.dataDir,
    openDriver: openBetterSqlite,
    clock: fx.clock,
    log: silentLogger,
    onTrouble: () => {},
  });
  const poller = createColumnPoller({
    clock: fx.clock,
    random: () => 0.5,
    log: silentLogger,
    events,
    content: createColumnContent(),
    archive: columnArchive(library.archive, fx.clock),
    decks: () => layout,
    rateLimits: () => fx.rateLimits.state(),
    accountState: (a) => fx.store.get('accounts').find((x) => x.id === a)?.state ?? 'missing',
    fetchPage: async (a, source, page) => {
      const result = await asAccount(a, (c) => fetchSourcePage(c, a, source, page));
      asked.push({
        ...(page.sinceId ? { sinceId: page.sinceId } : {}),
        posts: result.ok ? result.value.posts.length : 0,
      });
      return result;
    },
    lookupUser: (a, username) => asAccount(a, (c) => c.userByUsername(username)),
    gate: options.gate ?? (() => null),
    onReads: () => {},
    readsToday: () => 0,
    notify: (c, p) => notified.push(`${c.title}: ${p.length}`),
  });
  poller.start();
  current = poller;
  stop = () => poller.stop();
  return { poller, posts, statuses, accountId: id, layout, notified, asAccount, asked };
}

/** Waits until the poller has nothing in flight, then checks what it did. */
const settle = async (check: () => boolean = () => true) => {
  await current!.settled();
  expect(check()).toBe(true);
};
const searches = () =>
  f!.sim.controls.requests().filter((r) => r.path === '/2/tweets/search/recent');
const lastStatus = (statuses: ColumnStatus[], id: string) =>
  statuses.filter((s) => s.columnId === id).at(-1);

describe('the column poller against the simulator', { timeout: 120_000 }, () => {
  it('loads a search, then reads only what is new (since_id) when the interval comes round', async () => {
    const p = await pollerFor((a) => [
      column('acme', { accountId: a, query: 'quillory', notify: true }),
    ]);
    await settle(() => lastStatus(p.statuses, 'acme')?.state === 'ok');
    const first = p.posts.find((b) => b.columnId === 'acme')!;
    expect(first.posts.length).toBeGreaterThan(0);
    expect(first.users.some((u) => u.id === first.posts[0]!.authorId)).toBe(true);

    const injected = f!.sim.controls.injectPost({
      authorUsername: 'maren_aldous',
      text: 'Does quillory ship to Lyon?',
    });
    f!.clock.advance(120_000);
    await settle(() => p.posts.some((b) => b.posts.some((post) => post.id === injected)));
    const batch = p.posts.find((b) => b.posts.some((post) => post.id === injected))!;
    expect(batch.mode).toBe('prepend');
    expect(searches().length).toBe(2);
    expect(p.notified).toEqual(['acme: 1']);
  });

  it('shares one request between columns asking the same thing as the same account', async () => {
    const p = await pollerFor((a) => [
      column('one', { accountId: a, query: 'quillory' }),
      column('two', { accountId: a, query: 'quillory' }),
    ]);
    await settle(
      () =>
        lastStatus(p.statuses, 'one')?.state === 'ok' &&
        lastStatus(p.statuses, 'two')?.state === 'ok',
    );
    expect(searches()).toHaveLength(1);
  });

  it('shows X’s message for an invalid query and stops polling that column', async () => {
    const p = await pollerFor((a) => [column('bad', { accountId: a, query: '(quillory' })]);
    await settle(() => lastStatus(p.statuses, 'bad')?.state === 'invalid');
    expect(lastStatus(p.statuses, 'bad')!.xMessage).toBeTruthy();
    f!.clock.advance(10 * 60_000);
    await settle();
    expect(searches()).toHaveLength(1);
  });

  it('waits out a 429 until X’s reset time, then resumes', async () => {
    const p = await pollerFor((a) => [column('acme', { accountId: a, query: 'quillory' })]);
    await settle(() => lastStatus(p.statuses, 'acme')?.state === 'ok');
    f!.sim.controls.fault({ kind: '429', count: 1 });
    f!.clock.advance(120_000);
    await settle(() => lastStatus(p.statuses, 'acme')?.state === 'rate-limited');
    const until = lastStatus(p.statuses, 'acme')!.until!;
    expect(until).toBeGreaterThan(f!.clock.now());
    expect(lastStatus(p.statuses, 'acme')!.message).toMatch(/rate limit reached, resuming in/);
    f!.clock.advance(until - f!.clock.now() + 1000);
    await settle(() => lastStatus(p.statuses, 'acme')?.state === 'ok');
  });

  it('says "offline" during an outage, retries with backoff, and recovers', async () => {
    const p = await pollerFor((a) => [column('acme', { accountId: a, query: 'quillory' })]);
    await settle(() => lastStatus(p.statuses, 'acme')?.state === 'ok');
    f!.sim.controls.fault({ kind: '503', count: 2 });
    f!.clock.advance(120_000);
    await settle(() => lastStatus(p.statuses, 'acme')?.state === 'offline');
    expect(lastStatus(p.statuses, 'acme')!.message).toMatch(
      /X is not answering, retrying in \d+ s/,
    );
    for (let i = 0; i < 5 && lastStatus(p.statuses, 'acme')?.state !== 'ok'; i++) {
      f!.clock.advance(60_000);
      await settle();
    }
    await settle(() => lastStatus(p.statuses, 'acme')?.state === 'ok');
  });

  it('sends nothing at all for columns the gate holds (the time box, the spend cap)', async () => {
    const p = await pollerFor((a) => [column('acme', { accountId: a, query: 'quillory' })], {
      gate: () => ({ state: 'locked', message: 'Locked until 04:00' }),
    });
    f!.clock.advance(30 * 60_000);
    await settle();
    expect(lastStatus(p.statuses, 'acme')).toMatchObject({
      state: 'locked',
      message: 'Locked until 04:00',
    });
    expect(f!.sim.controls.requests().filter((r) => r.path.startsWith('/2/tweets'))).toHaveLength(
      0,
    );
  });

  it('hides reposts it already holds when the filter tightens, without asking X again', async () => {
    const p = await pollerFor((a) => [
      column('m', { type: 'mentions', query: undefined, accountId: a }),
    ]);
    await settle(() => lastStatus(p.statuses, 'm')?.state === 'ok');
    const held = p.poller.snapshot().posts[0]!.posts;
    const reposts = held.filter((x) => x.referenced.some((r) => r.type === 'retweeted'));
    expect(reposts.length).toBeGreaterThan(0);
    const requestsBefore = f!.sim.controls.requests().length;

    p.layout.decks[0]!.columns[0] = {
      ...p.layout.decks[0]!.columns[0]!,
      filters: { ...NO_FILTERS, hideReposts: true },
      intervalMs: 300_000,
    };
    p.poller.wake();
    await settle(() => p.posts.at(-1)?.mode === 'replace');
    const after = p.poller.snapshot().posts[0]!.posts;
    expect(after.map((x) => x.id)).toEqual(
      held.filter((x) => !reposts.includes(x)).map((x) => x.id),
    );
    expect(f!.sim.controls.requests().length).toBe(requestsBefore);
    // The longer interval counts from the last poll: nothing is due two minutes later.
    f!.clock.advance(120_000);
    await settle();
    expect(f!.sim.controls.requests().length).toBe(requestsBefore);
  });

  it('never asks again for posts its filters hid, in the same run or after a restart', async () => {
    const muted = (a: string) => [
      column('m', {
        type: 'mentions',
        query: undefined,
        accountId: a,
        filters: { ...NO_FILTERS, mutedWords: ['zebra'] },
      }),
    ];
    const p = await pollerFor(muted);
    await settle(() => lastStatus(p.statuses, 'm')?.state === 'ok');
    const hidden = f!.sim.controls.injectPost({
      authorUsername: 'maren_aldous',
      text: '@quillory the zebra ink, again?',
    });
    f!.clock.advance(120_000);
    await settle(() => p.asked.length === 2);
    expect(p.asked[1]!.posts).toBe(1);
    expect(p.poller.snapshot().posts[0]!.posts.some((x) => x.id === hidden)).toBe(false);
    // Its next poll starts after the hidden post, so X sends (and bills) it no more.
    f!.clock.advance(120_000);
    await settle(() => p.asked.length === 3);
    expect(p.asked[2]).toEqual({ sinceId: hidden, posts: 0 });

    // Quit and start again on the same data: the first poll still starts after it.
    p.poller.stop();
    const again = await pollerFor(muted);
    await settle(() => again.asked.length === 1);
    expect(again.asked[0]).toEqual({ sinceId: hidden, posts: 0 });
  });

  it('after a clear, asks only for posts newer than what it cleared, after a restart too', async () => {
    const search = (a: string) => [column('acme', { accountId: a, query: 'quillory' })];
    const p = await pollerFor(search);
    await settle(() => lastStatus(p.statuses, 'acme')?.state === 'ok');
    const newest = p.poller.snapshot().posts[0]!.posts[0]!.id;
    p.poller.clear('acme');
    f!.clock.advance(120_000);
    await settle(() => p.asked.length === 2);
    // Not a first load of the latest page (each of them X would bill again on a later day).
    expect(p.asked[1]).toEqual({ sinceId: newest, posts: 0 });

    p.poller.stop();
    const again = await pollerFor(search);
    await settle(() => again.asked.length === 1);
    expect(again.asked[0]).toEqual({ sinceId: newest, posts: 0 });
    expect(again.poller.snapshot().posts[0]!.posts).toEqual([]);
  });

  it('reads the column afresh when a filter loosens (what it hid was never kept)', async () => {
    const p = await pollerFor((a) => [
      column('m', {
        type: 'mentions',
        query: undefined,
        accountId: a,
        filters: { ...NO_FILTERS, hideReposts: true },
      }),
    ]);
    await settle(() => lastStatus(p.statuses, 'm')?.state === 'ok');
    expect(
      p.poller
        .snapshot()
        .posts[0]!.posts.some((x) => x.referenced.some((r) => r.type === 'retweeted')),
    ).toBe(false);
    p.layout.decks[0]!.columns[0] = { ...p.layout.decks[0]!.columns[0]!, filters: NO_FILTERS };
    p.poller.wake();
    await settle(() =>
      p.poller
        .snapshot()
        .posts[0]!.posts.some((x) => x.referenced.some((r) => r.type === 'retweeted')),
    );
  });

  it('starts with the cached posts of the last run, before any request', async () => {
    const p = await pollerFor((a) => [column('acme', { accountId: a, query: 'quillory' })]);
    await settle(() => lastStatus(p.statuses, 'acme')?.state === 'ok');
    const shown = p.posts.find((b) => b.columnId === 'acme')!.posts.map((x) => x.id);
    p.poller.stop();
    const requestsBefore = f!.sim.controls.requests().length;
    const again = await pollerFor((a) => [column('acme', { accountId: a, query: 'quillory' })], {
      gate: () => ({ state: 'locked', message: 'offline test' }),
    });
    const snapshot = again.poller.snapshot();
    expect(snapshot.posts.find((b) => b.columnId === 'acme')!.posts.map((x) => x.id)).toEqual(
      shown,
    );
    expect(f!.sim.controls.requests().length).toBe(requestsBefore);
  });

  it('an Archive column searches what was read, sends no request, and says it costs nothing', async () => {
    const p = await pollerFor((a) => [
      column('acme', { accountId: a, query: 'quillory' }),
      column('archive', { type: 'archive', query: 'quillory' }),
    ]);
    await settle(() =>
      /^From your archive: [1-9][\d,]* posts?, no cost$/.test(
        lastStatus(p.statuses, 'archive')?.message ?? '',
      ),
    );
    const shown = p.posts.filter((b) => b.columnId === 'archive').at(-1)!;
    expect(shown.mode).toBe('replace');
    expect(shown.posts.length).toBeGreaterThan(0);
    expect(shown.users.length).toBeGreaterThan(0);
    // It has no account and asks X nothing: nothing is billed to it.
    expect(lastStatus(p.statuses, 'archive')?.readsToday).toBe(0);

    // A query it cannot read: the column says why, and shows nothing.
    p.layout.decks[0]!.columns[1] = { ...p.layout.decks[0]!.columns[1]!, query: 'since:yesterday' };
    p.poller.wake();
    await settle(() => lastStatus(p.statuses, 'archive')?.state === 'invalid');
    expect(lastStatus(p.statuses, 'archive')?.message).toMatch(/YYYY-MM-DD/);
  });

  it('an Archive column on a locked deck reads nothing out', async () => {
    const p = await pollerFor((a) => [column('acme', { accountId: a, query: 'quillory' })]);
    await settle(() => lastStatus(p.statuses, 'acme')?.state === 'ok');
    p.poller.stop();
    const locked = await pollerFor(
      () => [column('archive', { type: 'archive', query: 'quillory' })],
      {
        gate: () => ({ state: 'locked', message: 'locked' }),
      },
    );
    await settle(() => lastStatus(locked.statuses, 'archive')?.state === 'locked');
    expect(locked.posts.filter((b) => b.columnId === 'archive')).toEqual([]);
  });
});

/** A vault whose keyring changed: it still encrypts, but decrypts nothing it holds. */
function breakableVault() {
  const state = { broken: false, decrypts: 0 };
  const wrap = (v: SecretVault): SecretVault => ({
    strength: () => v.strength(),
    encrypt: (plain) => v.encrypt(plain),
    decrypt: (cipher) => {
      state.decrypts++;
      if (state.broken) throw new Error('Error while decrypting the ciphertext provided');
      return v.decrypt(cipher);
    },
  });
  return { state, wrap };
}

/** Moves the fake clock minute by minute, letting the poller finish what each minute starts. */
async function runFor(ms: number, onMinute?: () => void) {
  for (let t = 0; t < ms; t += 60_000) {
    f!.clock.advance(60_000);
    onMinute?.();
    await current!.settled();
  }
}

describe('the poller recovers by itself and never spins (issue 10)', { timeout: 300_000 }, () => {
  it('with a vault that cannot decrypt: the account needs sign-in, says why, and an hour makes only a few attempts', async () => {
    const vault = breakableVault();
    vault.state.broken = true;
    let ticks = 0;
    const p = await pollerFor(
      (a) => [
        column('acme', { accountId: a, query: 'quillory' }),
        column('who', { type: 'user', query: undefined, username: 'maren_aldous', accountId: a }),
      ],
      { wrapVault: vault.wrap },
    );
    await settle();
    // Another timer of the app keeps firing: the event loop is not starved.
    const tick = () => {
      ticks++;
      f!.clock.setTimeout(tick, 60_000);
    };
    f!.clock.setTimeout(tick, 60_000);
    await runFor(60 * 60_000);
    expect(ticks).toBe(60);
    expect(vault.state.decrypts).toBeLessThanOrEqual(5);
    expect(f!.store.get('accounts')[0]!.state).toBe('needs-sign-in');
    expect(f!.notices.join(' ')).toMatch(/could not unlock the sign-in of @quillory/);
    expect(lastStatus(p.statuses, 'acme')?.state).toBe('needs-sign-in');
    expect(f!.sim.controls.requests()).toHaveLength(0);
  });

  it('restarts every column of an account that signs in again, without a click', async () => {
    const vault = breakableVault();
    vault.state.broken = true;
    const p = await pollerFor(
      (a) => [
        column('one', { accountId: a, query: 'quillory' }),
        column('two', { type: 'mentions', query: undefined, accountId: a }),
      ],
      { wrapVault: vault.wrap },
    );
    await settle(() => lastStatus(p.statuses, 'two')?.state === 'needs-sign-in');
    // Signed in again (the keyring is back; new tokens are kept): the accounts change wakes it.
    vault.state.broken = false;
    f!.store.set('accounts', []);
    f!.keepSignedIn('quillory');
    p.poller.wake();
    await settle(
      () =>
        lastStatus(p.statuses, 'one')?.state === 'ok' &&
        lastStatus(p.statuses, 'two')?.state === 'ok',
    );
  });

  it('resumes a column whose credits ran out once X answers again, without a click', async () => {
    const p = await pollerFor((a) => [column('acme', { accountId: a, query: 'quillory' })]);
    await settle(() => lastStatus(p.statuses, 'acme')?.state === 'ok');
    f!.sim.controls.fault({ kind: '402' });
    f!.clock.advance(120_000);
    await settle(() => lastStatus(p.statuses, 'acme')?.errorKind === 'payment_required');
    expect(lastStatus(p.statuses, 'acme')!.until).toBeGreaterThan(f!.clock.now());
    // An hour of spent credits costs a few requests, not one per tick.
    const before = searches().length;
    await runFor(60 * 60_000);
    expect(searches().length - before).toBeLessThanOrEqual(8);
    // The new billing period: X answers again, and so does the column, by itself.
    f!.sim.controls.clearFaults();
    await runFor(30 * 60_000);
    expect(lastStatus(p.statuses, 'acme')?.state).toBe('ok');
  });

  it('clears a column’s error on the next success of the same account and endpoint', async () => {
    const p = await pollerFor((a) => [
      column('one', { accountId: a, query: 'quillory' }),
      column('two', { accountId: a, query: 'bristol' }),
    ]);
    await settle();
    f!.sim.controls.fault({ kind: '503', count: 1 });
    f!.clock.advance(120_000);
    await settle();
    const failed = ['one', 'two'].filter((id) =>
      p.statuses.some((s) => s.columnId === id && s.state === 'offline'),
    );
    expect(failed).toHaveLength(1);
    // The other column's success showed X answers again: the failed one was asked at once.
    expect(lastStatus(p.statuses, failed[0]!)?.state).toBe('ok');
  });
});
