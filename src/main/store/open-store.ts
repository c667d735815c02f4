import fs from 'node:fs';
import path from 'node:path';
import type { Notice } from '../../shared/app';
import { writeFileAtomic } from '../platform/atomic-file';

/** The part of a conf instance that recovery needs. */
export interface RecoverableStore {
  readonly path: string;
  readonly store: unknown;
  onDidAnyChange(callback: () => void): () => void;
  get(key: never): unknown;
  set(key: never, value: never): void;
}

type StoreNotice = Omit<Notice, 'id' | 'at'>;

export interface OpenedStore<S> {
  store: S;
  /** What the user must be told about how the store was opened (recovered, reset). */
  notices: StoreNotice[];
  /**
   * Damage found later, while the app runs (the file broken or edited under it), once it was
   * healed from the last good copy: the host hands these to the user as notices.
   */
  onLaterNotice(listener: (notice: StoreNotice) => void): void;
}

export const lastGoodPath = (storePath: string) => `${storePath}.last-good`;

function keepLastGood<S extends RecoverableStore>(store: S): S {
  const save = () =>
    writeFileAtomic(lastGoodPath(store.path), JSON.stringify(store.store, null, '\t'));
  save();
  store.onDidAnyChange(save);
  return store;
}

const setAside = (file: string, now: number) => {
  const aside = `${file}.corrupt-${now}`;
  fs.renameSync(file, aside);
  return aside;
};

/**
 * Opens a store so that a damaged file never costs the user their data silently: after every
 * successful open and every change a last good copy is written beside it; a file that fails to
 * parse or to validate is set aside (never deleted) and the last good copy takes its place, with
 * a notice for the user. Only when there is no good copy either does the store start afresh.
 *
 * `filePath` is where `create` will read from; it is needed before create() can succeed.
 */
export function openResilientStore<S extends RecoverableStore>(
  create: () => S,
  filePath: string,
  now: () => number = Date.now,
): OpenedStore<S> {
  const listeners: Array<(notice: StoreNotice) => void> = [];
  const opened = openOnce(create, filePath, now);
  return {
    ...opened,
    store: healingWhileRunning(opened.store, filePath, now, (notice) =>
      listeners.forEach((l) => l(notice)),
    ),
    onLaterNotice: (listener) => void listeners.push(listener),
  };
}

/**
 * conf reads its file on every get: a file broken under the running app (a sync tool, a hand
 * edit) would fail every read from then on, and with it the time box's view. A read or write
 * that fails because the file no longer reads sets the file aside, puts the last good copy in
 * its place, tells the user, and is tried once more. A write the schema refuses is not damage:
 * it is thrown to the caller as before.
 */
function healingWhileRunning<S extends RecoverableStore>(
  store: S,
  filePath: string,
  now: () => number,
  tell: (notice: StoreNotice) => void,
): S {
  const fileReads = () => {
    try {
      void store.store;
      return true;
    } catch {
      return false;
    }
  };
  const heal = (error: unknown): boolean => {
    const backup = lastGoodPath(filePath);
    if (fileReads() || !fs.existsSync(backup)) return false;
    const aside = fs.existsSync(filePath) ? setAside(filePath, now()) : null;
    fs.copyFileSync(backup, filePath);
    if (!fileReads()) return false;
    tell({
      level: 'warning',
      message: `Timedeck's ${path.basename(filePath)} was damaged while it ran (${describe(error)}). It was restored from its last good copy${aside ? `; the damaged file is kept as ${path.basename(aside)}` : ''}.`,
    });
    return true;
  };
  const guarded =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      try {
        return fn(...args);
      } catch (error) {
        if (!heal(error)) throw error;
        return fn(...args);
      }
    };
  const get = guarded((key: never) => store.get(key));
  const set = guarded((key: never, value: never) => store.set(key, value));
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'get') return get;
      if (prop === 'set') return set;
      // conf keeps private fields: its getters must run on the store itself, not the proxy.
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}

function openOnce<S extends RecoverableStore>(
  create: () => S,
  filePath: string,
  now: () => number,
): Omit<OpenedStore<S>, 'onLaterNotice'> {
  try {
    return { store: keepLastGood(create()), notices: [] };
  } catch (firstError) {
    if (!fs.existsSync(filePath)) throw firstError;
    const name = path.basename(filePath);
    const aside = setAside(filePath, now());
    const backup = lastGoodPath(filePath);
    if (fs.existsSync(backup)) {
      fs.copyFileSync(backup, filePath);
      try {
        return {
          store: keepLastGood(create()),
          notices: [
            {
              level: 'warning',
              message: `Timedeck's ${name} was damaged (${describe(firstError)}). It was restored from its last good copy; the damaged file is kept as ${path.basename(aside)}.`,
            },
          ],
        };
      } catch {
        setAside(filePath, now() + 1);
      }
    }
    return {
      store: keepLastGood(create()),
      notices: [
        {
          level: 'error',
          message: `Timedeck's ${name} was damaged (${describe(firstError)}) and no good copy could be read, so it started afresh. The damaged file is kept as ${path.basename(aside)}.`,
        },
      ],
    };
  }
}

const describe = (e: unknown) =>
  e instanceof Error ? e.message.split('\n')[0]!.slice(0, 200) : String(e);
