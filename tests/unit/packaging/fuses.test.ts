import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FuseV1Options, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { loadBuilderConfig, projectRoot } from '../../../scripts/packaging/builder-config';
import { timedeckFuses } from '../../../scripts/packaging/fuses';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** How a fuse wire spells a fuse's state (@electron/fuses' FuseState, not exported). */
const ON = '1'.charCodeAt(0);
const OFF = '0'.charCodeAt(0);

/**
 * The afterPack hook electron-builder.yml names. (electron-builder loads it with Node's own
 * require/import, which reads TypeScript under tsx, as `npm run dist` runs it; vitest imports it.)
 */
async function loadHook(): Promise<(context: AfterPackContext) => Promise<void>> {
  const named = path.resolve(projectRoot, String(loadBuilderConfig().afterPack));
  expect(named).toBe(path.join(projectRoot, 'scripts/packaging/after-pack.ts'));
  return (await import('../../../scripts/packaging/after-pack')).default;
}

/** A stand-in for Electron's binary: only its fuse wire (sentinel, version 1, 8 fuses, all as Electron ships them). */
function standInElectron(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timedeck-fuses-'));
  const file = path.join(dir, 'timedeck');
  const wire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from('10110010')]);
  fs.writeFileSync(file, Buffer.concat([Buffer.alloc(64, 7), wire, Buffer.alloc(64, 9)]));
  return file;
}

/** Runs the hook for a platform with a packager that flips the fuses of a stand-in binary. */
async function packFor(platform: string, arch: number, flip = true) {
  const binary = standInElectron();
  const configs: unknown[] = [];
  const hook = await loadHook();
  await hook({
    electronPlatformName: platform,
    arch,
    appOutDir: path.dirname(binary),
    packager: {
      addElectronFuses: (_context: unknown, config: Parameters<typeof flipFuses>[1]) => {
        configs.push(config);
        return flip ? flipFuses(binary, config) : Promise.resolve(0);
      },
    },
  } as unknown as AfterPackContext);
  return { configs, wire: await getCurrentFuseWire(binary) };
}

// Loading electron-builder (the hook's import) takes seconds on a busy machine.
describe("the afterPack hook's fuses", { timeout: 120_000 }, () => {
  it('lists exactly the six fuses Timedeck sets, each the safe way', () => {
    expect(timedeckFuses).toEqual({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    });
  });

  it('flips them in the packaged binary, leaving the others as Electron ships them', async () => {
    const { configs, wire } = await packFor('linux', 1 /* x64 */);
    expect(configs).toHaveLength(1);
    expect(wire).toMatchObject({
      [FuseV1Options.RunAsNode]: OFF,
      [FuseV1Options.EnableCookieEncryption]: ON,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: OFF,
      [FuseV1Options.EnableNodeCliInspectArguments]: OFF,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: ON,
      [FuseV1Options.OnlyLoadAppFromAsar]: ON,
      // Not Timedeck's to change: still as in the stand-in's wire.
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: ON,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: OFF,
    });
  });

  it('asks for a new ad-hoc signature only for an arm64 Mac build', async () => {
    const reset = async (platform: string, arch: number) =>
      ((await packFor(platform, arch, false)).configs[0] as { resetAdHocDarwinSignature: boolean })
        .resetAdHocDarwinSignature;
    // electron-builder's Arch: 1 is x64, 3 is arm64.
    expect(await reset('linux', 1)).toBe(false);
    expect(await reset('win32', 1)).toBe(false);
    expect(await reset('darwin', 1)).toBe(false);
    expect(await reset('darwin', 3)).toBe(true);
  });
});
