import type { PostIconName } from './icon-images';

/**
 * The app's small pictures (no icon font to load, and no image request). Each is decorative:
 * the button around it carries the name.
 */
export const ICON_PATHS = {
  time: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 4v5l3 2',
  keyboard: 'M3 7h18v10H3zM6 10h1m3 0h1m3 0h1m3 0h1M7 14h10',
  accounts: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 8c0-4 3-6 7-6s7 2 7 6',
  appearance: 'M12 3a9 9 0 1 0 0 18V3Z',
  plus: 'M12 5v14M5 12h14',
  more: 'M6 9l6 6 6-6',
  reply: 'M10 8 4 13l6 5M4 13h10a6 6 0 0 1 6 6',
  repost: 'M7 7h10l-3-3M17 17H7l3 3M17 7v5M7 17v-5',
  like: 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2 4 4 0 0 1 7 2c0 5.5-7 10-7 10Z',
  quote: 'M5 18c2 0 4-2 4-5V7H4v6h3M15 18c2 0 4-2 4-5V7h-5v6h3',
  open: 'M14 4h6v6M20 4l-9 9M18 14v6H4V6h6',
  link: 'M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1',
  people:
    'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm-6 8c0-3 2.5-5 6-5s6 2 6 5M16 5a3 3 0 0 1 0 6M18 14c2 .5 3 2.5 3 5',
  answers: 'M5 4h14v16l-7-4-7 4Z',
  questions: 'M9 9a3 3 0 1 1 4 2.8c-.6.3-1 .9-1 1.6V15M12 18v.5',
  pin: 'M9 4h6l-1 6 3 3H7l3-3-1-6ZM12 13v7',
  focus: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z',
} as const;

export type IconName = keyof typeof ICON_PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="1.15em"
      height="1.15em"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={ICON_PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * An icon of a post card: one element with the icon as its background, a bitmap drawn in the
 * theme's colour (icon-images.ts). A card has up to eleven icons; as inline <svg>s (two elements
 * each, with their own transform, clip and stroked path) they were most of what a row cost to
 * lay out, paint and layerize as it scrolled into view. A CSS mask (the usual way to tint one
 * image) and an SVG background image both cost more to paint than the <svg> did.
 */
export function PostIcon({ name }: { name: PostIconName }) {
  return <span className={`icon post-icon icon-${name}`} aria-hidden="true" />;
}
