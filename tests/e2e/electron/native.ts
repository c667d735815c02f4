import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '../../..');
/** Where out/main/index.js finds its native modules first (Node looks in out/node_modules before node_modules). */
const target = path.join(root, 'out/node_modules/better-sqlite3');
const stage = path.join(root, 'out/.electron-native-stage');
const stampFile = path.join(target, '.built-for-electron');

const versionOf = (pkg: string) =>
  (
    JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

/**
 * The e2e tests run the built app (out/) in Electron, while the unit tests and the harness run the
 * same node_modules in this Node: a native module can be built for only one of them. So the
 * Electron tests get their own copy of better-sqlite3, rebuilt for Electron by electron-builder's
 * @electron/rebuild, in out/node_modules — which Electron's main process resolves first, the
 * installers never ship (electron-builder.yml) and node_modules never sees. Needs Electron's
 * headers or a prebuilt binary for it (the network), as electron-builder install-app-deps does.
 */
export async function electronNativeModules(): Promise<string> {
  const stamp = `electron ${versionOf('electron')}, better-sqlite3 ${versionOf('better-sqlite3')}`;
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) return stamp;

  fs.rmSync(stage, { recursive: true, force: true });
  fs.mkdirSync(path.join(stage, 'node_modules'), { recursive: true });
  fs.writeFileSync(
    path.join(stage, 'package.json'),
    JSON.stringify({
      name: 'timedeck-electron-native',
      private: true,
      dependencies: { 'better-sqlite3': versionOf('better-sqlite3') },
    }),
  );
  // A real copy (never hard links: node_modules may share its files with other checkouts).
  fs.cpSync(
    path.join(root, 'node_modules/better-sqlite3'),
    path.join(stage, 'node_modules/better-sqlite3'),
    { recursive: true, dereference: true },
  );

  const builderRequire = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
  const entry = builderRequire.resolve('@electron/rebuild');
  const { rebuild } = (await import(
    pathToFileURL(entry).href
  )) as typeof import('@electron/rebuild');
  await rebuild({
    buildPath: stage,
    electronVersion: versionOf('electron'),
    onlyModules: ['better-sqlite3'],
    force: true,
  });

  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.renameSync(path.join(stage, 'node_modules/better-sqlite3'), target);
  fs.writeFileSync(stampFile, stamp);
  fs.rmSync(stage, { recursive: true, force: true });
  return stamp;
}
