import { useEffect, useRef, useState } from 'react';
import {
  DENSITIES,
  TEXT_SIZES,
  THEMES,
  type Density,
  type TextSize,
  type Theme,
} from '../../../../shared/appearance/values';
import { useStore } from '../../store';
import { Icon } from './icons';

const THEME_WORDS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };
const DENSITY_WORDS: Record<Density, string> = { compact: 'Compact', comfortable: 'Comfortable' };
const SIZE_WORDS: Record<TextSize, string> = {
  small: 'Small',
  medium: 'Medium',
  large: 'Large',
  larger: 'Larger',
};

/** Theme, text size and density: a small panel under the header's button, applied at once. */
export function AppearanceMenu() {
  const [open, setOpen] = useState(false);
  const appearance = useStore((s) => s.appearance);
  const setAppearance = useStore((s) => s.setAppearance);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    rootRef.current?.querySelector<HTMLElement>('input:checked')?.focus();
    const away = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const group = <T extends string>(
    legend: string,
    name: string,
    values: readonly T[],
    words: Record<T, string>,
    value: T,
    onPick: (v: T) => void,
  ) => (
    <fieldset className="appearance-group">
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} className="segment">
          <input type="radio" name={name} checked={value === v} onChange={() => onPick(v)} />
          <span>{words[v]}</span>
        </label>
      ))}
    </fieldset>
  );

  return (
    <div className="header-popover-anchor" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="icon-button header-icon"
        aria-label="Appearance"
        title="Appearance: theme, text size, density"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <Icon name="appearance" />
      </button>
      {open && (
        <div
          className="header-popover appearance-panel"
          role="group"
          aria-label="Appearance"
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            setOpen(false);
            buttonRef.current?.focus();
          }}
        >
          {group(
            'Theme',
            'theme',
            THEMES,
            THEME_WORDS,
            appearance.theme,
            (theme) => void setAppearance({ theme }),
          )}
          {group(
            'Text size',
            'text-size',
            TEXT_SIZES,
            SIZE_WORDS,
            appearance.textSize,
            (textSize) => void setAppearance({ textSize }),
          )}
          {group(
            'Density',
            'density',
            DENSITIES,
            DENSITY_WORDS,
            appearance.density,
            (density) => void setAppearance({ density }),
          )}
        </div>
      )}
    </div>
  );
}
