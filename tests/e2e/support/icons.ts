import type { Locator } from '@playwright/test';

/**
 * A post action's icon as drawn: its image (a data URL), how many of its pixels have ink, the
 * colour of those fully opaque, and the colour of the button's text, both as `rgb(r, g, b)`.
 */
export const iconInk = (button: Locator) =>
  button.locator('.post-icon').evaluate(async (icon) => {
    const image = /^url\("(.*)"\)$/.exec(getComputedStyle(icon).backgroundImage)?.[1] ?? '';
    const img = new Image();
    img.src = image;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    let ink = '';
    for (let i = 0; i < px.length; i += 4) {
      if (px[i + 3] === 0) continue;
      inked++;
      if (px[i + 3] === 255) ink = `rgb(${px[i]}, ${px[i + 1]}, ${px[i + 2]})`;
    }
    return { image, inked, ink, colour: getComputedStyle(icon.parentElement!).color };
  });
