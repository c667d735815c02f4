import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findElectronBinary } from './electron-binary';
import {
  builderConfigPath,
  builderVersion,
  loadBuilderConfig,
  projectRoot,
  validateBuilderConfig,
} from './packaging/builder-config';
import { writeIcons } from './packaging/icons';

/**
 * npm run dist (installers for this platform) and npm run dist:dir (the unpacked app, --dir).
 *
 * electron-builder downloads Electron for the target from GitHub. Where that cannot work (no
 * Electron binary was downloaded at install: no network for it), the configuration is checked
 * against electron-builder's schema and the build is skipped with one line — unless
 * TIMEDECK_ELECTRON_DIST names an unpacked Electron to build with. In CI a missing Electron fails.
 */
const dir = process.argv.includes('--dir');
const electronDist = process.env.TIMEDECK_ELECTRON_DIST;

const problems = validateBuilderConfig(loadBuilderConfig());
if (problems.length > 0) {
  console.error(`${path.basename(builderConfigPath)} is not valid:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

if (electronDist === undefined) {
  const found = findElectronBinary();
  if ('reason' in found) {
    const line = `Installers not built: ${found.reason}; electron-builder.yml is valid for electron-builder ${builderVersion()} (set TIMEDECK_ELECTRON_DIST to an unpacked Electron to build without a download).`;
    if (process.env.CI) {
      console.error(line);
      process.exit(1);
    }
    console.log(line);
    process.exit(0);
  }
} else if (!fs.existsSync(electronDist)) {
  console.error(`TIMEDECK_ELECTRON_DIST=${electronDist} does not exist.`);
  process.exit(1);
}

function run(command: string, args: string[]): boolean {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: projectRoot,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return result.status === 0;
}

writeIcons();
if (!run('npx', ['electron-vite', 'build'])) process.exit(1);

let failed = false;
try {
  // Native modules (better-sqlite3) rebuilt against Electron's headers, for the packaged app.
  if (!run('npx', ['electron-builder', 'install-app-deps']))
    throw new Error('electron-builder install-app-deps failed');
  // Loaded only here: electron-builder takes seconds to import, and the skip path needs none of it.
  const { build } = await import('electron-builder');
  const artifacts = await build({
    projectDir: projectRoot,
    dir,
    publish: 'never',
    config: electronDist === undefined ? {} : { electronDist: path.resolve(electronDist) },
  });
  console.log(`Built:\n  ${artifacts.map((a) => path.relative(projectRoot, a)).join('\n  ')}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  failed = true;
} finally {
  // node_modules' native modules back to this Node's build, for the unit tests and the harness.
  if (!run('npm', ['rebuild', 'better-sqlite3']))
    console.error('Could not rebuild better-sqlite3 for Node: run `npm rebuild better-sqlite3`.');
}
process.exit(failed ? 1 : 0);
