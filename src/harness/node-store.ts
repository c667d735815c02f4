import path from 'node:path';
import Conf from 'conf';
import { openResilientStore } from '../main/store/open-store';
import { storeOptions, type PersistedState } from '../main/store/schema';

/** The harness's store: conf with the very options the Electron host gives electron-store. */
export function openNodeStore(dataDir: string, now: () => number) {
  const filePath = path.join(dataDir, `${storeOptions.configName}.json`);
  return openResilientStore(
    () => new Conf<PersistedState>({ ...storeOptions, cwd: dataDir }),
    filePath,
    now,
  );
}
