import fs from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  ICON_TONES,
  iconImage,
  POST_ICONS,
  postIconProperties,
  postIconPx,
} from '../../../../../src/renderer/src/components/header/icon-images';
import { ICON_PATHS, PostIcon } from '../../../../../src/renderer/src/components/header/icons';

const styles = path.join(__dirname, '../../../../../src/renderer/src');
const css = (file: string) => fs.readFileSync(path.join(styles, file), 'utf8');
const colours = { muted: '#9aa3b5', text: '#e7e9ee', done: '#2fb46a' };
/** The SVG markup inside an image's data URL. */
const svgOf = (image: string) =>
  decodeURIComponent(/^url\("data:image\/svg\+xml,(.*)"\)$/.exec(image)![1]!);

describe('post card icons', () => {
  it('gives every icon of a post card an image in each tone, in that tone’s colour', () => {
    const properties = new Map(postIconProperties(colours));
    expect(properties.size).toBe(POST_ICONS.length * ICON_TONES.length);
    for (const name of POST_ICONS) {
      for (const tone of ICON_TONES) {
        const svg = svgOf(properties.get(`--icon-${name}-${tone}`)!);
        expect(svg).toContain(`stroke="${colours[tone]}"`);
        expect(svg).toContain(`d="${ICON_PATHS[name]}"`);
      }
    }
  });

  it('uses the bitmap where one can be drawn, and the SVG image where none can', () => {
    const drawn = new Map(
      postIconProperties(colours, (d, colour) =>
        d === ICON_PATHS.reply ? `url("bitmap:${colour}")` : null,
      ),
    );
    expect(drawn.get('--icon-reply-done')).toBe('url("bitmap:#2fb46a")');
    expect(svgOf(drawn.get('--icon-pin-text')!)).toContain('stroke="#e7e9ee"');
  });

  it('refuses a colour that is not plainly one, so nothing else reaches the image', () => {
    for (const bad of ['red" onload="alert(1)', '', 'var(--muted)', 'url(x)', '#fff"/><script']) {
      expect(() => iconImage(ICON_PATHS.reply, bad)).toThrow(/not a plain colour/);
      expect(() => postIconProperties({ ...colours, muted: bad })).toThrow();
    }
    for (const good of ['#abc', '#a1b2c3d4', 'rgb(1 2 3)', 'rgba(1, 2, 3, 0.5)', 'green'])
      expect(() => iconImage(ICON_PATHS.reply, good)).not.toThrow();
  });

  it('draws icons for the text scale on a screen of at least twice the pixels', () => {
    expect(postIconPx(1, 1)).toBe(28);
    expect(postIconPx(1, 2)).toBe(28);
    expect(postIconPx(1, 3)).toBe(42);
    expect(postIconPx(1.25, 1)).toBe(35);
    expect(postIconPx(1, 0.5)).toBe(28);
    expect(postIconPx(0.1, 1)).toBe(8);
  });

  it('is one element without markup of its own, hidden from assistive technology', () => {
    const html = renderToStaticMarkup(createElement(PostIcon, { name: 'repost' }));
    expect(html).toBe('<span class="icon post-icon icon-repost" aria-hidden="true"></span>');
  });

  it('has a rule in the style sheet for each icon, and each tone’s colour in both themes', () => {
    const sheet = css('styles/post-density.css');
    const ruled = [...sheet.matchAll(/^\.icon-([a-z]+) \{([^}]*)\}/gm)];
    expect(ruled.map((m) => m[1])).toEqual([...POST_ICONS]);
    for (const [, name, body] of ruled) {
      for (const tone of ICON_TONES)
        expect(body).toContain(`--icon-${tone}: var(--icon-${name}-${tone});`);
    }
    const dark = /^:root \{([^}]*)\}/m.exec(css('styles.css'))![1]!;
    const light = /^:root\[data-theme='light'\] \{([^}]*)\}/m.exec(
      css('styles/appearance.css'),
    )![1]!;
    for (const tone of ICON_TONES) {
      expect(dark).toMatch(new RegExp(`--${tone}: #[0-9a-f]{6};`));
      expect(light).toMatch(new RegExp(`--${tone}: #[0-9a-f]{6};`));
    }
  });
});
