import fs from 'node:fs';
import path from 'node:path';
import type { Notice } from '../../shared/app';
import { writeFileAtomic } from '../platform/atomic-file';

/** The part of a conf instance that recovery needs. */
export interface RecoverableStore {
  readonly path: string;
  readonly store: unknown;
  onDidAnyChange(callback: () => void): () => void;
}

export interface OpenedStore<S> {
  store: S;
  /** What the user must be told about how the store was opened (recovered, reset). */
  notices: Omit<Notice, 'id' | 'at'>[];
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
