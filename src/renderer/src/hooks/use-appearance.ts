import { useEffect, useState } from 'react';
import { TEXT_SCALE, type Appearance } from '../../../shared/appearance/values';
import { useStore } from '../store';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme in force: the chosen one, or for "system" what the system prefers right now. */
export const resolvedTheme = (theme: Appearance['theme'], systemDark: boolean): 'light' | 'dark' =>
  theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;

/** Sets the page's theme, density and text size as attributes the style sheets follow. */
export function applyAppearance(appearance: Appearance, systemDark: boolean) {
  const root = document.documentElement;
  root.dataset.theme = resolvedTheme(appearance.theme, systemDark);
  root.dataset.density = appearance.density;
  root.style.setProperty('--text-scale', String(TEXT_SCALE[appearance.textSize]));
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
