import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  loadBuilderConfig,
  projectRoot,
  validateBuilderConfig,
} from '../../../scripts/packaging/builder-config';
import { iconOutDir, linuxSizes } from '../../../scripts/packaging/icons';

const config = loadBuilderConfig() as {
  appId: string;
  productName: string;
  asar: boolean;
  asarUnpack: string[];
  files: string[];
  afterPack: string;
  linux: { target: string[]; icon: string };
  mac: { target: { target: string; arch: string[] }[]; icon: string };
  win: { target: { target: string; arch: string[] }[]; icon: string };
  nsis: { deleteAppDataOnUninstall: boolean };
};
const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

// Compiling electron-builder's JSON schema takes seconds on a busy machine.
describe('electron-builder.yml', { timeout: 120_000 }, () => {
  it("passes electron-builder's own schema", () => {
    expect(validateBuilderConfig(config)).toEqual([]);
  });

  it('is refused, naming the option, when it has one electron-builder does not know', () => {
    expect(validateBuilderConfig({ ...config, appID: 'typo' })).toEqual([
      'configuration has an unknown option "appID"',
    ]);
    expect(validateBuilderConfig({ ...config, nsis: { oneClik: false } })).toEqual([
      'configuration.nsis has an unknown option "oneClik"',
    ]);
  });

  it('names the app and builds the installers of each platform', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.productName).toBe('Timedeck');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['arm64', 'x64'] }]);
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    // Uninstalling never takes the user's decks, accounts and ledger with it.
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('packs the built app into an asar, with native modules outside it', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.files).toContain('out/main/**');
    expect(config.files).toContain('!out/node_modules/**');
    expect(pkg.main).toBe('./out/main/index.js');
  });

  it('ships the database driver: a runtime dependency, so it is packed and rebuilt for Electron', () => {
    // electron-vite keeps `dependencies` external in main's bundle; electron-builder packs them.
    expect(pkg.dependencies['better-sqlite3']).toBeDefined();
    expect(pkg.devDependencies['better-sqlite3']).toBeUndefined();
  });

  it("keeps the database driver out of main's bundle, wherever package.json lists it", async () => {
    // By path (it belongs to the node project of tsconfig, not the tests').
    const file = path.join(projectRoot, 'electron.vite.config.ts');
    const viteConfig = ((await import(file)) as { default: unknown }).default as {
      main: { build: { externalizeDeps?: { include?: string[] } } };
    };
    expect(viteConfig.main.build.externalizeDeps?.include).toContain('better-sqlite3');
  });

  it('points at the icons the icon script makes, and at a hook that exists', () => {
    const made = new Set([
      ...linuxSizes.map((s) => path.join(iconOutDir, 'png', `${s}x${s}.png`)),
      path.join(iconOutDir, 'png'),
      path.join(iconOutDir, 'icon.icns'),
      path.join(iconOutDir, 'icon.ico'),
    ]);
    for (const icon of [config.linux.icon, config.mac.icon, config.win.icon])
      expect(made).toContain(path.join(projectRoot, icon));
    expect(fs.existsSync(path.join(projectRoot, config.afterPack))).toBe(true);
  });
});
