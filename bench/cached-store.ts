import type { StateStore } from '../src/main/store/state-store';

/**
 * The store the services are given, with each key's value kept in memory between writes. conf
 * (like electron-store) reads, parses and validates its whole file on every get; over a
 * simulated day on a fake clock that is most of the process's CPU (the time box reads its
 * settings every second), which would make the multi-day polling bench too slow to run. Writes
 * go through to the file unchanged; only this process writes it.
 */
export function cachedStore<T>(inner: StateStore<T>): StateStore<T> {
  const cache = new Map<keyof T, unknown>();
  return {
    get<K extends keyof T>(key: K): T[K] {
      if (!cache.has(key)) cache.set(key, inner.get(key));
      return cache.get(key) as T[K];
    },
    set<K extends keyof T>(key: K, value: T[K]) {
      inner.set(key, value);
      cache.delete(key);
    },
  };
}
