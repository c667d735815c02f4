import { afterEach, describe, expect, it } from 'vitest';
import { createColumnContent } from '../../../../src/main/columns/column-content';
import { fetchSourcePage } from '../../../../src/main/columns/fetch-source';
import { createColumnPoller, type PollGate } from '../../../../src/main/columns/poller';
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

type Fixture = Awaited<ReturnType<typeof accountsAgainstSimulator>>;
let f: Fixture | undefined;
let stop: (() => void) | undefined;
let library: Library | undefined;
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
  options: { gate?: () => PollGate | null } = {},
) {
  // A second poller in one test is the next start of the app: same simulator, same data dir.
  f ??= await accountsAgainstSimulator({ callbackPort: await freePort() });
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
    fetchPage: (a, source, page) => asAccount(a, (c) => fetchSourcePage(c, a, source, page)),
    lookupUser: (a, username) => asAccount(a, (c) => c.userByUsername(username)),
    gate: options.gate ?? (() => null),
    onReads: () => {},
    readsToday: () => 0,
    notify: (c, p) => notified.push(`${c.title}: ${p.length}`),
  });
  poller.start();
  stop = () => poller.stop();
  return { poller, posts, statuses, accountId: id, layout, notified };
}

const settle = async (check: () => boolean) => {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};
const searches = () =>
  f!.sim.controls.requests().filter((r) => r.path === '/2/tweets/search/recent');
const lastStatus = (statuses: ColumnStatus[], id: string) =>
  statuses.filter((s) => s.columnId === id).at(-1);

describe('the column poller against the simulator', () => {
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
    await new Promise((r) => setTimeout(r, 100));
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
    expect(lastStatus(p.statuses, 'acme')!.message).toMatch(/X is unavailable, retrying in \d+ s/);
    for (let i = 0; i < 5 && lastStatus(p.statuses, 'acme')?.state !== 'ok'; i++) {
      f!.clock.advance(60_000);
      await new Promise((r) => setTimeout(r, 50));
    }
    await settle(() => lastStatus(p.statuses, 'acme')?.state === 'ok');
  });

  it('sends nothing at all for columns the gate holds (the time box, the spend cap)', async () => {
    const p = await pollerFor((a) => [column('acme', { accountId: a, query: 'quillory' })], {
      gate: () => ({ state: 'locked', message: 'Locked until 04:00' }),
    });
    f!.clock.advance(30 * 60_000);
    await new Promise((r) => setTimeout(r, 100));
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
    await new Promise((r) => setTimeout(r, 50));
    expect(f!.sim.controls.requests().length).toBe(requestsBefore);
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
