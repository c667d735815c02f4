import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../scripts/packaging/builder-config';

/**
 * `npm run dist:dir` where Electron cannot be had. ELECTRON_OVERRIDE_DIST_PATH at an empty folder
 * makes any machine one (scripts/electron-binary.ts then finds no binary), so this never builds.
 */
function distDir(env: Record<string, string | undefined>) {
  const noElectron = fs.mkdtempSync(path.join(os.tmpdir(), 'timedeck-no-electron-'));
  const { CI: _ci, TIMEDECK_ELECTRON_DIST: _dist, ...rest } = process.env;
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/dist.ts', '--dir'], {
    cwd: projectRoot,
    env: { ...rest, ELECTRON_OVERRIDE_DIST_PATH: noElectron, ...env },
    encoding: 'utf8',
  });
}

describe('npm run dist:dir without Electron', { timeout: 120_000 }, () => {
  it('checks the configuration, says in one line why nothing was built, and succeeds', () => {
    const run = distDir({});
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Installers not built: Electron's binary is missing at .+; electron-builder\.yml is valid for electron-builder \d+\.\d+\.\d+/,
    );
  });

  it('fails in CI, where a missing Electron is a broken machine', () => {
    const run = distDir({ CI: 'true' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Installers not built/);
  });

  it('refuses an Electron folder that does not exist', () => {
    const run = distDir({ TIMEDECK_ELECTRON_DIST: path.join(os.tmpdir(), 'no-such-electron') });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('does not exist');
  });
});
