import { useEffect, useState } from 'react';
import { TEXT_SCALE, type Appearance } from '../../../shared/appearance/values';
import {
  ICON_TONES,
  iconBitmap,
  postIconPx,
  postIconProperties,
  type IconTone,
} from '../components/header/icon-images';
import { useStore } from '../store';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme in force: the chosen one, or for "system" what the system prefers right now. */
export const resolvedTheme = (theme: Appearance['theme'], systemDark: boolean): 'light' | 'dark' =>
  theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;

/**
 * Sets the page's theme, density and text size as attributes the style sheets follow, and draws
 * the post cards' icons for them.
 */
export function applyAppearance(appearance: Appearance, systemDark: boolean) {
  const root = document.documentElement;
  root.dataset.theme = resolvedTheme(appearance.theme, systemDark);
  root.dataset.density = appearance.density;
  root.style.setProperty('--text-scale', String(TEXT_SCALE[appearance.textSize]));
  applyPostIcons(root, TEXT_SCALE[appearance.textSize]);
}

/** The colours and size the post icons were last drawn for. */
let iconsDrawnFor = '';

/**
 * Draws the post cards' icons in the theme's colours, read from the style sheet (the one place
 * they are defined), at the size they show. A colour the sheet does not give plainly keeps the
 * icons drawn before.
 */
function applyPostIcons(root: HTMLElement, textScale: number) {
  const px = postIconPx(textScale, window.devicePixelRatio);
  const style = getComputedStyle(root);
  const colours = Object.fromEntries(
    ICON_TONES.map((tone) => [tone, style.getPropertyValue(`--${tone}`).trim()]),
  ) as Record<IconTone, string>;
  // The page applies its look before React starts and again when it mounts, and a change of
  // density changes neither colour nor size: draw only what would come out different.
  const drawnFor = JSON.stringify([colours, px]);
  if (drawnFor === iconsDrawnFor) return;
  const draw = (d: string, colour: string) =>
    iconBitmap(document.createElement('canvas'), d, colour, px);
  try {
    for (const [name, image] of postIconProperties(colours, draw))
      root.style.setProperty(name, image);
    iconsDrawnFor = drawnFor;
  } catch (e) {
    console.warn('post icons keep their colours:', e);
  }
}

/** Keeps the page's look following the store, and "system" following the system, live. */
export function useAppearance() {
  const appearance = useStore((s) => s.appearance);
  const [systemDark, setSystemDark] = useState(() => matchMedia(DARK_QUERY).matches);
  useEffect(() => {
    const query = matchMedia(DARK_QUERY);
    const follow = () => setSystemDark(query.matches);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  useEffect(() => applyAppearance(appearance, systemDark), [appearance, systemDark]);
}
