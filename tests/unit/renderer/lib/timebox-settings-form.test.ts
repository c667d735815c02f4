import { describe, expect, it } from 'vitest';
import {
  settingsForm,
  settingsFromForm,
  typedNumber,
} from '../../../../src/renderer/src/lib/timebox-settings-form';
import { defaultTimeboxSettings } from '../../../../src/shared/timebox/settings';

describe('the time box settings form', () => {
  const settings = { ...defaultTimeboxSettings('Europe/Berlin'), deckBudgets: { brand: 20 } };

  it('gives back the same settings when nothing was edited', () => {
    expect(settingsFromForm(settingsForm(settings, ['brand', 'personal']))).toEqual(settings);
  });

  it('offers every deck a field, empty when it has no budget of its own', () => {
    const form = settingsForm(settings, ['brand', 'personal']);
    expect(form.deckBudgets).toEqual({ brand: '20', personal: '' });
  });

  it('keeps the budget of a deck that is gone from the layout', () => {
    expect(settingsForm(settings, ['personal']).deckBudgets).toEqual({ personal: '', brand: '20' });
  });

  it('turns what was typed into settings: a cleared deck budget means none', () => {
    const form = settingsForm(settings, ['brand']);
    form.deckBudgets.brand = '  ';
    form.weekdayBudgets.mon = ' 45 ';
    form.homeTimeZone = ' Europe/Lisbon ';
    form.mode = 'sessions-only';
    const next = settingsFromForm(form);
    expect(next.deckBudgets).toEqual({});
    expect(next.weekdayBudgets.mon).toBe(45);
    expect(next.homeTimeZone).toBe('Europe/Lisbon');
    expect(next.mode).toBe('sessions-only');
  });

  it.each([
    ['45', 45],
    [' 7 ', 7],
    ['2,5', 2.5],
    ['', Number.NaN],
    ['   ', Number.NaN],
    ['ten', Number.NaN],
  ])('reads %j as %s (main refuses what is not a whole number, with its reason)', (t, n) => {
    expect(typedNumber(t)).toEqual(n);
  });
});
