import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

/**
 * The Electron fuses Timedeck ships with, flipped in the packaged binary by the afterPack hook.
 * Each one closes a way to run other code with the app's identity (and its keychain access):
 * - RunAsNode off: ELECTRON_RUN_AS_NODE cannot turn Timedeck into a plain Node.
 * - NODE_OPTIONS and --inspect off: no code injected at start, no debugger attached.
 * - Cookie encryption on: the session's cookies are encrypted at rest with the OS key.
 * - Only app.asar, with its embedded integrity checked: a changed or side-loaded app folder
 *   does not run (the check is made on macOS and Windows; Electron has none on Linux).
 */
export const timedeckFuses = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
} as const satisfies Partial<Record<FuseV1Options, boolean>>;

/**
 * The full configuration for one packaged binary. An arm64 macOS build that is not signed right
 * after (no certificate: a local or CI build) needs its ad-hoc signature redone, or it will not
 * launch once its bytes have changed.
 */
export function fuseConfig(platform: string, arch: string): FuseV1Config {
  return {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: platform === 'darwin' && arch === 'arm64',
    ...timedeckFuses,
  };
}
