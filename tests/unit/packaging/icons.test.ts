import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iconSource, linuxSizes, makeIcons } from '../../../scripts/packaging/icons';

const pngSize = (png: Buffer) => {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
};

// Rendering the SVG at nine sizes and encoding ICNS and ICO takes seconds on a busy machine.
describe('the icons made from build/icon.svg', { timeout: 120_000 }, () => {
  const icons = makeIcons(fs.readFileSync(iconSource, 'utf8'));

  it('has a PNG of every size, really that size', () => {
    for (const size of linuxSizes)
      expect(pngSize(icons.get(`png/${size}x${size}.png`)!)).toEqual({
        width: size,
        height: size,
      });
    expect(pngSize(icons.get('icon.png')!)).toEqual({ width: 512, height: 512 });
  });

  it('draws the icon, not an empty canvas', () => {
    // An empty or transparent render compresses to almost nothing.
    expect(icons.get('png/1024x1024.png')!.length).toBeGreaterThan(10_000);
  });

  it('has an ICNS for macOS whose length field is its length', () => {
    const icns = icons.get('icon.icns')!;
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    // The retina 512 (ic10, 1024 px) that the Dock and Finder use.
    expect(icns.includes(Buffer.from('ic10'))).toBe(true);
  });

  it('has an ICO for Windows with the 256 px image an installer needs', () => {
    const ico = icons.get('icon.ico')!;
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    // Each directory entry starts with the width; 0 means 256.
    const widths = Array.from({ length: count }, (_, i) => ico[6 + 16 * i] || 256);
    expect(widths).toContain(256);
    expect(widths).toContain(16);
  });
});
