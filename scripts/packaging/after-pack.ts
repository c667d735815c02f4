import { Arch, type AfterPackContext } from 'electron-builder';
import { fuseConfig } from './fuses';

/**
 * electron-builder's afterPack hook: flips Timedeck's fuses in the packaged Electron binary,
 * before it is signed (electron-builder signs after this hook) and put into an installer.
 * `addElectronFuses` finds the binary for the platform (.app, .exe or the Linux executable).
 */
export default async function afterPack(context: AfterPackContext): Promise<void> {
  const config = fuseConfig(context.electronPlatformName, Arch[context.arch]);
  await context.packager.addElectronFuses(context, config);
}
