import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { schemaVersion } from '../../../../src/main/library/open-library';
import { libraryIn, tempDir } from '../../../support/library-fixture';

const root = path.resolve(import.meta.dirname, '../../../..');
const closers: Array<() => void> = [];
afterEach(() => closers.splice(0).forEach((c) => c()));

it('a process killed with SIGKILL in the middle of writing loses no committed batch', async () => {
  const dir = tempDir();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/support/archive-until-killed.ts', dir],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  let reported = 0;
  let out = '';
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const lines = out.split('\n');
      out = lines.pop()!;
      for (const line of lines) reported = Number(/^committed (\d+)$/.exec(line)?.[1] ?? reported);
      // Well into its writing: kill it wherever it is.
      if (reported >= 40 && !child.killed) {
        child.kill('SIGKILL');
        resolve();
      }
    });
  });
  expect(await exited).toBe('SIGKILL');
  expect(err).toBe('');

  const { library } = libraryIn(dir);
  closers.push(() => library.close());
  expect(schemaVersion(library.core.db)).toBeGreaterThan(0);
  const count = library.archive.count();
  // Every batch reported committed is there, whole: batches of 50, none torn.
  expect(count).toBeGreaterThanOrEqual(reported * 50);
  expect(count % 50).toBe(0);
  expect(library.core.db.prepare('PRAGMA integrity_check').get()).toEqual({
    integrity_check: 'ok',
  });
  const found = library.archive.search({ words: ['quillorie'], phrases: [], from: [] }, 1);
  expect(found.total).toBe(count);
});
