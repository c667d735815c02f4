import { ICON_PATHS } from './icons';

/** The icons a post card shows (its actions and counts). */
export const POST_ICONS = ['reply', 'repost', 'like', 'quote', 'open', 'link', 'pin'] as const;
export type PostIconName = (typeof POST_ICONS)[number];

/** The colours a post card's icon takes: as its text, hovered, and for what the user did. */
export const ICON_TONES = ['muted', 'text', 'done'] as const;
export type IconTone = (typeof ICON_TONES)[number];

/** Only colours as CSS writes them plainly: anything else must not reach an image's markup. */
const COLOUR = /^(#[0-9a-f]{3,8}|rgba?\([0-9., %/]+\)|[a-z]+)$/i;

function checkColour(colour: string) {
  if (!COLOUR.test(colour)) throw new Error(`not a plain colour: ${JSON.stringify(colour)}`);
}

/** An icon's outline stroked in one colour, as a CSS image (an SVG data URL). */
export function iconImage(d: string, colour: string): string {
  checkColour(colour);
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">' +
    `<path d="${d}" fill="none" stroke="${colour}" stroke-width="2" ` +
    'stroke-linecap="round" stroke-linejoin="round"/></svg>';
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}

/**
 * The same outline drawn once on `canvas`, `px` square, as a CSS image (a PNG data URL); null
 * where the canvas cannot draw. Painting a bitmap is one image draw; an SVG image is painted
 * anew wherever it is drawn, and a post card has up to eleven icons.
 */
export function iconBitmap(
  canvas: HTMLCanvasElement,
  d: string,
  colour: string,
  px: number,
): string | null {
  checkColour(colour);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  canvas.width = canvas.height = px;
  ctx.scale(px / 24, px / 24);
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.stroke(new Path2D(d));
  return `url("${canvas.toDataURL('image/png')}")`;
}

/**
 * The px of a post icon's bitmap: 1.15em of the cards' 12 px text, at the text scale, for a
 * screen of at least twice the pixels. So a window moved from a plain screen to a dense one (or
 * zoomed) keeps sharp icons without drawing them again; at 1x they are shown at half size.
 */
export const postIconPx = (textScale: number, devicePixelRatio: number) =>
  Math.max(8, Math.ceil(1.15 * 12 * textScale * Math.max(2, devicePixelRatio)));

/**
 * The custom properties the style sheet draws post icons from (styles/post-density.css): one
 * image per icon and tone, `--icon-reply-muted` and so on, in the theme's colours. `draw` makes
 * a bitmap of an outline where it can; the SVG image stands in where it cannot.
 */
export function postIconProperties(
  colours: Record<IconTone, string>,
  draw: (d: string, colour: string) => string | null = () => null,
): Array<[string, string]> {
  return POST_ICONS.flatMap((name) =>
    ICON_TONES.map((tone): [string, string] => {
      const d = ICON_PATHS[name];
      return [`--icon-${name}-${tone}`, draw(d, colours[tone]) ?? iconImage(d, colours[tone])];
    }),
  );
}
