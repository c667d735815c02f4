import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../../../src/harness/host';
import { LibraryOpenError } from '../../../../src/main/library/open-library';
import { silentLogger } from '../../../../src/main/platform/logger';
import { tempDir } from '../../../support/library-fixture';

const root = path.resolve(import.meta.dirname, '../../../..');
let first: Harness | undefined;
afterEach(async () => first?.close());

// Starting a harness (esbuild, the simulator) is slow on a loaded machine: no timing is asserted.
it(
  'a second harness on the same data folder is refused with a message',
  { timeout: 120_000 },
  async () => {
    const dataDir = tempDir();
    const options = {
      dataDir,
      fakeClock: true,
      rendererDir: path.join(root, 'out/renderer'),
      log: silentLogger,
    };
    first = await startHarness(options);
    const second = startHarness(options);
    await expect(second).rejects.toBeInstanceOf(LibraryOpenError);
    await expect(second).rejects.toThrow(/Another Timedeck is using .*timedeck\.db/);
  },
);
