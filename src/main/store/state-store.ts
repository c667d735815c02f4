/** The part of conf / electron-store that services use: typed get and set of top-level keys. */
export interface StateStore<T> {
  get<K extends keyof T>(key: K): T[K];
  set<K extends keyof T>(key: K, value: T[K]): void;
}
