import { test as setup } from '@playwright/test';
import { binary } from './app';
import { electronNativeModules } from './native';

setup.skip('reason' in binary, 'reason' in binary ? binary.reason : '');

setup('native modules built for Electron, for the Electron tests', async () => {
  // Once per Electron and module version; a rebuild from source can take minutes.
  setup.setTimeout(15 * 60_000);
  console.log(`Native modules for the Electron tests: ${await electronNativeModules()}.`);
});
