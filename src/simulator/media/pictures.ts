import { seededRandom } from '../world/prng';

/**
 * The simulator's pictures, drawn as SVG from a seed: an account's initials on its own colour,
 * and for a post's photo a simple scene (sky, sun, hills, a fountain pen) in colours of its own,
 * titled with its alt text. Pure: the same input draws the same picture.
 */

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

function hueOf(seed: string): number {
  let h = 0;
  for (const c of seed) h = (h * 31 + c.codePointAt(0)!) % 360;
  return h;
}

/** Up to two initials from a display name ("Quillory Pens & Ink" -> "QP"). */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const letters = words.slice(0, 2).map((w) => Array.from(w)[0]!.toUpperCase());
  return letters.join('') || '?';
}

export function avatarSvg(user: { username: string; name: string }): string {
  const hue = hueOf(user.username);
  const initials = escapeXml(initialsOf(user.name));
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">',
    `<title>${escapeXml(user.name)}</title>`,
    `<rect width="96" height="96" fill="hsl(${hue} 45% 42%)"/>`,
    `<text x="48" y="48" dy="0.35em" text-anchor="middle" font-family="system-ui, sans-serif" font-size="38" font-weight="600" fill="#fff">${initials}</text>`,
    '</svg>',
  ].join('');
}

export function pictureSvg(media: {
  key: string;
  width: number;
  height: number;
  altText?: string;
}): string {
  const r = seededRandom('picture', media.key);
  const w = 480;
  const h = Math.max(120, Math.min(960, Math.round((w * media.height) / Math.max(1, media.width))));
  const hue = r.int(0, 359);
  const sunX = r.int(60, w - 60);
  const sunY = r.int(30, Math.round(h * 0.35));
  const hill = (base: number, lift: number) => {
    const a = r.int(0, lift);
    const b = r.int(0, lift);
    return `M0 ${h} L0 ${base - a} Q ${w / 2} ${base - lift - b} ${w} ${base - b} L${w} ${h} Z`;
  };
  const penX = r.int(Math.round(w * 0.2), Math.round(w * 0.7));
  const penY = Math.round(h * 0.55);
  const penTilt = r.int(-35, 35);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`,
    `<title>${escapeXml(media.altText ?? 'A picture')}</title>`,
    `<rect width="${w}" height="${h}" fill="hsl(${hue} 55% 78%)"/>`,
    `<circle cx="${sunX}" cy="${sunY}" r="${Math.round(h / 10)}" fill="hsl(${(hue + 40) % 360} 90% 70%)"/>`,
    `<path d="${hill(Math.round(h * 0.7), Math.round(h * 0.15))}" fill="hsl(${(hue + 120) % 360} 35% 45%)"/>`,
    `<path d="${hill(Math.round(h * 0.85), Math.round(h * 0.1))}" fill="hsl(${(hue + 150) % 360} 30% 32%)"/>`,
    `<g transform="translate(${penX} ${penY}) rotate(${penTilt})">`,
    '<rect x="0" y="-9" width="120" height="18" rx="8" fill="#1f2430"/>',
    '<rect x="78" y="-9" width="8" height="18" fill="#c9a648"/>',
    '<path d="M0 -7 L-30 0 L0 7 Z" fill="#c9a648"/>',
    '</g>',
    '</svg>',
  ].join('');
}
