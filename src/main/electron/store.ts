import path from 'node:path';
import { app } from 'electron';
import ElectronStore from 'electron-store';
import { openResilientStore } from '../store/open-store';
import { storeOptions, type PersistedState } from '../store/schema';

/** electron-store with the options the harness gives conf: one schema, one set of migrations. */
export function openElectronStore() {
  const filePath = path.join(app.getPath('userData'), `${storeOptions.configName}.json`);
  return openResilientStore(() => new ElectronStore<PersistedState>({ ...storeOptions }), filePath);
}
