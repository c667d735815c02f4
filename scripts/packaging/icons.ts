import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';
import { projectRoot } from './builder-config';

export const iconSource = path.join(projectRoot, 'build/icon.svg');
/** Generated, never committed (.gitignore): electron-builder.yml points here. */
export const iconOutDir = path.join(projectRoot, 'build/icons');

/** The Linux icon theme sizes (electron-builder reads a folder of NxN.png for AppImage and deb). */
export const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

export function renderPng(svg: string, size: number): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

/**
 * Every icon file the installers need, from the one SVG: PNGs by size, ICNS (macOS; png2icons
 * makes 16 to 512@2x from the 1024 px render) and ICO (Windows; bitmaps under 64 px, PNGs above,
 * as an executable's embedded icon wants).
 */
export function makeIcons(svg: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const size of linuxSizes) files.set(`png/${size}x${size}.png`, renderPng(svg, size));
  const largest = files.get('png/1024x1024.png')!;
  files.set('icon.png', files.get('png/512x512.png')!);
  const icns = png2icons.createICNS(largest, png2icons.BICUBIC, 0);
  const ico = png2icons.createICO(largest, png2icons.BICUBIC, 0, false, true);
  if (!icns || !ico) throw new Error('png2icons could not convert the rendered icon');
  files.set('icon.icns', icns);
  files.set('icon.ico', ico);
  return files;
}

export function writeIcons(source = iconSource, outDir = iconOutDir): string[] {
  const files = makeIcons(fs.readFileSync(source, 'utf8'));
  fs.rmSync(outDir, { recursive: true, force: true });
  for (const [name, data] of files) {
    const file = path.join(outDir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, data);
  }
  return [...files.keys()];
}
