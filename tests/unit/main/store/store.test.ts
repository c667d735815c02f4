import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openNodeStore } from '../../../../src/harness/node-store';
import { lastGoodPath } from '../../../../src/main/store/open-store';
import {
  STORE_VERSION,
  storeOptions,
  type PersistedState,
} from '../../../../src/main/store/schema';

let dir: string;
const file = () => path.join(dir, 'timedeck.json');
const now = () => 1_700_000_000_000;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timedeck-store-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const renameBrandIn = (store: ReturnType<typeof openNodeStore>['store'], name: string) => {
  const decks = store.get('decks');
  store.set('decks', {
    ...decks,
    decks: decks.decks.map((d) => (d.id === 'brand' ? { ...d, name } : d)),
  });
};
const renameBrand = (name: string) => renameBrandIn(openNodeStore(dir, now).store, name);
const brandName = () => openNodeStore(dir, now).store.get('decks').decks[0]!.name;

describe('the store', () => {
  it('starts a new user with the Brand and Personal decks and records its layout version', () => {
    const { store, notices } = openNodeStore(dir, now);
    expect(store.get('decks').decks.map((d) => d.name)).toEqual(['Brand', 'Personal']);
    expect(notices).toEqual([]);
    const raw = JSON.parse(fs.readFileSync(file(), 'utf8')) as {
      __internal__: { migrations: { version: string } };
    };
    expect(raw.__internal__.migrations.version).toBe(STORE_VERSION);
  });

  it('keeps what was saved across a reopen', () => {
    renameBrand('Acme');
    expect(brandName()).toBe('Acme');
  });

  it('refuses to write a layout that breaks the schema, and keeps the old one', () => {
    const { store } = openNodeStore(dir, now);
    expect(() => store.set('decks', { decks: [], activeDeckId: 'x' } as never)).toThrow(/schema/);
    expect(brandName()).toBe('Brand');
  });

  it.each([
    ['truncated JSON', (s: string) => s.slice(0, s.length / 2)],
    ['garbage bytes', () => '\u0000\u0001garbage'],
    [
      'valid JSON that breaks the schema',
      () => JSON.stringify({ decks: { decks: 'none' }, window: null }),
    ],
  ])('recovers from %s with the last good copy and says so', (_what, damage) => {
    renameBrand('Acme');
    fs.writeFileSync(file(), damage(fs.readFileSync(file(), 'utf8')));
    const { store, notices } = openNodeStore(dir, now);
    expect(store.get('decks').decks[0]!.name).toBe('Acme');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/restored from its last good copy/);
    // The damaged file is kept for the user, never deleted.
    expect(fs.readdirSync(dir).some((f) => f.startsWith('timedeck.json.corrupt-'))).toBe(true);
  });

  it('starts afresh, keeping the damaged file and saying so, when no good copy exists', () => {
    renameBrand('Acme');
    fs.writeFileSync(file(), '{ not json');
    fs.rmSync(lastGoodPath(file()));
    const { store, notices } = openNodeStore(dir, now);
    expect(store.get('decks').decks[0]!.name).toBe('Brand');
    expect(notices[0]).toMatchObject({ level: 'error' });
    expect(notices[0]!.message).toMatch(/no good copy/);
    const kept = fs.readdirSync(dir).find((f) => f.startsWith('timedeck.json.corrupt-'))!;
    expect(fs.readFileSync(path.join(dir, kept), 'utf8')).toBe('{ not json');
  });

  it.each([
    ['truncated JSON', (s: string) => s.slice(0, s.length / 2)],
    [
      'a required key removed',
      (s: string) => {
        const state = JSON.parse(s) as Record<string, unknown>;
        delete state.timeboxUsage;
        return JSON.stringify(state);
      },
    ],
  ])(
    'heals %s written under the running app: reads and writes go on, and the user is told',
    (_what, damage) => {
      const opened = openNodeStore(dir, now);
      const told: string[] = [];
      opened.onLaterNotice((n) => told.push(n.message));
      renameBrandIn(opened.store, 'Acme');
      fs.writeFileSync(file(), damage(fs.readFileSync(file(), 'utf8')));

      expect(opened.store.get('decks').decks[0]!.name).toBe('Acme');
      expect(told).toHaveLength(1);
      expect(told[0]).toMatch(/damaged while it ran.*restored from its last good copy/);
      expect(fs.readdirSync(dir).some((f) => f.startsWith('timedeck.json.corrupt-'))).toBe(true);
      // Writes go on too, and a healthy file is never touched again.
      renameBrandIn(opened.store, 'Acme Two');
      expect(brandName()).toBe('Acme Two');
      expect(told).toHaveLength(1);
    },
  );

  it('still refuses a write the schema refuses, without calling the file damaged', () => {
    const opened = openNodeStore(dir, now);
    const told: string[] = [];
    opened.onLaterNotice((n) => told.push(n.message));
    expect(() => opened.store.set('decks', { decks: [], activeDeckId: 'x' } as never)).toThrow(
      /schema/,
    );
    expect(told).toEqual([]);
    expect(fs.readdirSync(dir).some((f) => f.includes('corrupt'))).toBe(false);
  });

  it('updates the last good copy with every change', () => {
    renameBrand('Acme');
    renameBrand('Acme Two');
    const copy = JSON.parse(fs.readFileSync(lastGoodPath(file()), 'utf8')) as PersistedState;
    expect(copy.decks.decks[0]!.name).toBe('Acme Two');
  });
});

describe('store migrations', () => {
  it('runs upgrades newer than the file, in order, once', () => {
    fs.writeFileSync(
      file(),
      JSON.stringify({
        decks: storeOptions.defaults.decks,
        window: null,
        __internal__: { migrations: { version: '1.0.0' } },
      }),
    );
    const ran: string[] = [];
    const open = (projectVersion: string) =>
      new Conf<PersistedState>({
        ...storeOptions,
        cwd: dir,
        projectVersion,
        migrations: {
          '1.0.0': () => ran.push('1.0.0'),
          '1.1.0': (s) => {
            ran.push('1.1.0');
            s.set('window', { width: 800, height: 600, maximized: false });
          },
          '1.2.0': () => ran.push('1.2.0'),
        },
      });
    expect(open('1.2.0').get('window')).toEqual({ width: 800, height: 600, maximized: false });
    open('1.2.0');
    expect(ran).toEqual(['1.1.0', '1.2.0']);
  });

  it('restores the file when an upgrade fails', () => {
    renameBrand('Acme');
    const open = () =>
      new Conf<PersistedState>({
        ...storeOptions,
        cwd: dir,
        projectVersion: '9.0.0',
        migrations: {
          '9.0.0': (s) => {
            s.set('window', { width: 800, height: 600, maximized: false });
            throw new Error('bad upgrade');
          },
        },
      });
    expect(open).toThrow(/migration/);
    expect(brandName()).toBe('Acme');
    expect(openNodeStore(dir, now).store.get('window')).toBeNull();
  });
});

describe('upgrade to 1.1.0: columns that show posts', () => {
  it('gives every column of a 1.0.0 store an account slot, a refresh interval, notifications and no filters', () => {
    fs.writeFileSync(
      file(),
      JSON.stringify({
        decks: {
          decks: [
            {
              id: 'brand',
              name: 'Acme',
              columns: [
                { id: 'c1', type: 'mentions', title: 'Mentions', width: 'wide' },
                { id: 'c2', type: 'search', title: 'Typos', width: 'narrow' },
              ],
            },
          ],
          activeDeckId: 'brand',
        },
        window: null,
        __internal__: { migrations: { version: '1.0.0' } },
      }),
    );
    const { store, notices } = openNodeStore(dir, now);
    expect(notices).toEqual([]);
    const [mentions, typos] = store.get('decks').decks[0]!.columns;
    expect(mentions).toMatchObject({
      id: 'c1',
      title: 'Mentions',
      width: 'wide',
      accountId: null,
      intervalMs: 120_000,
      notify: true,
    });
    expect(typos).toMatchObject({
      id: 'c2',
      title: 'Typos',
      width: 'narrow',
      notify: false,
      filters: { hideReposts: false },
    });
    expect(store.get('decks').decks[0]!.name).toBe('Acme');
  });
});

describe('upgrade to 1.6.0: cost before acting', () => {
  it('gives a 1.1.0 store an X app without a bearer token and no spend alerts given', () => {
    fs.writeFileSync(
      file(),
      JSON.stringify({
        xApp: {
          clientId: 'abc',
          clientSecret: null,
          callbackPort: 53682,
          apiBaseUrl: 'https://api.x.com',
          tier: 'self-serve',
        },
        spendCapDollars: 20,
        __internal__: { migrations: { version: '1.1.0' } },
      }),
    );
    const { store, notices } = openNodeStore(dir, now);
    expect(notices).toEqual([]);
    expect(store.get('xApp')).toMatchObject({ clientId: 'abc', bearerToken: null });
    expect(store.get('spendAlerts')).toEqual({ month: null, sent: [] });
    expect(store.get('spendCapDollars')).toBe(20);
  });
});

describe('upgrade to 1.7.0: removed columns kept across restarts', () => {
  it('gives a 1.6.0 store an empty history of removed columns, and keeps its decks', () => {
    renameBrand('Acme');
    const raw = JSON.parse(fs.readFileSync(file(), 'utf8')) as Record<string, unknown>;
    delete raw.removedColumns;
    raw.__internal__ = { migrations: { version: '1.6.0' } };
    fs.writeFileSync(file(), JSON.stringify(raw));
    const { store, notices } = openNodeStore(dir, now);
    expect(notices).toEqual([]);
    expect(store.get('removedColumns')).toEqual([]);
    expect(store.get('decks').decks[0]!.name).toBe('Acme');
  });

  it('refuses a history longer than ten entries: the schema caps it', () => {
    const { store } = openNodeStore(dir, now);
    const column = store.get('decks').decks[0]!.columns[0]!;
    const entry = (key: string) => ({ key, deckId: 'brand', index: 0, column });
    store.set(
      'removedColumns',
      Array.from({ length: 10 }, (_, i) => entry(`r${i}`)),
    );
    expect(() =>
      store.set(
        'removedColumns',
        Array.from({ length: 11 }, (_, i) => entry(`r${i}`)),
      ),
    ).toThrow(/schema/);
    expect(openNodeStore(dir, now).store.get('removedColumns')).toHaveLength(10);
  });
});
