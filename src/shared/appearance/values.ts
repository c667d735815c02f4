/**
 * How the deck can look, without zod: the renderer imports these, and the window's bundle should
 * not carry a schema library for a list of names (schema.ts holds the contract's schemas).
 */

/** "system" follows the operating system's light or dark preference, live. */
export const THEMES = ['system', 'light', 'dark'] as const;
/** Compact is TweetDeck's: short posts on few lines; comfortable leaves room around them. */
export const DENSITIES = ['compact', 'comfortable'] as const;
/** Four text sizes; each scales the whole deck's text. */
export const TEXT_SIZES = ['small', 'medium', 'large', 'larger'] as const;

export type Theme = (typeof THEMES)[number];
export type Density = (typeof DENSITIES)[number];
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Appearance {
  theme: Theme;
  density: Density;
  textSize: TextSize;
}

export const DEFAULT_APPEARANCE: Appearance = {
  theme: 'system',
  density: 'compact',
  textSize: 'medium',
};

/** How much each text size scales the deck's text, from its 14 px base. */
export const TEXT_SCALE: Record<TextSize, number> = {
  small: 0.9,
  medium: 1,
  large: 1.15,
  larger: 1.3,
};
