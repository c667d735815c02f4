import { WEEKDAYS, type TimeboxSettings } from '../../shared/timebox/settings';
import type { PendingChange } from '../../shared/timebox/status';
import type { BudgetDay } from './budget-day';

/**
 * A settings change made in a weak moment must not buy time today. Each setting is compared on
 * its own: a change that makes the time box stricter applies at once, one that makes it more
 * lenient waits for the next reset. The reset hour and the home zone wait whichever way they
 * move, since either direction can be used to start tomorrow's budget early.
 */

type Value = string | number | boolean | null;
type Flat = Map<string, Value>;

export type ChangeKind = 'tightening' | 'loosening';

export interface SettingChange {
  field: string;
  from: Value;
  to: Value;
  kind: ChangeKind;
}

/** What the user set, what is in force, and the day the user last changed it. */
export interface SettingsState {
  active: TimeboxSettings;
  desired: TimeboxSettings;
  changedOn: BudgetDay;
}

const MODE_STRICTNESS = { open: 0, 'sessions-only': 1 } as const;

/** The stricter of two values of one setting; returning `current` means the change waits. */
function stricter(field: string, current: Value, proposed: Value): Value {
  const group = field.split('.')[0];
  switch (group) {
    case 'enabled':
      return current === true || proposed === true;
    case 'mode':
      return MODE_STRICTNESS[current as TimeboxSettings['mode']] >=
        MODE_STRICTNESS[proposed as TimeboxSettings['mode']]
        ? current
        : proposed;
    case 'deckBudgets':
      // No cap (null) is the loosest a deck can be.
      if (current === null) return proposed;
      if (proposed === null) return current;
      return Math.min(current as number, proposed as number);
    case 'idleThresholdSeconds':
      // A longer threshold counts more of the user's time.
      return Math.max(current as number, proposed as number);
    case 'countOnlyWhenFocused':
      // Counting while visible (off) counts more of the user's time.
      return current === true && proposed === true;
    case 'weekdayBudgets':
    case 'overridesPerDay':
    case 'overrideMinutes':
      return Math.min(current as number, proposed as number);
    default:
      // resetHour, homeTimeZone: day boundaries move only at a day boundary.
      return current;
  }
}

function flatten(s: TimeboxSettings, deckIds: Iterable<string>): Flat {
  const flat: Flat = new Map<string, Value>([
    ['enabled', s.enabled],
    ['resetHour', s.resetHour],
    ['homeTimeZone', s.homeTimeZone],
    ['mode', s.mode],
    ['idleThresholdSeconds', s.idleThresholdSeconds],
    ['countOnlyWhenFocused', s.countOnlyWhenFocused === true],
    ['overridesPerDay', s.overridesPerDay],
    ['overrideMinutes', s.overrideMinutes],
  ]);
  for (const day of WEEKDAYS) flat.set(`weekdayBudgets.${day}`, s.weekdayBudgets[day]);
  // Own keys only: a deck id such as "toString" must not find Object.prototype's function.
  for (const id of deckIds)
    flat.set(`deckBudgets.${id}`, Object.hasOwn(s.deckBudgets, id) ? s.deckBudgets[id]! : null);
  return flat;
}

function unflatten(flat: Flat): TimeboxSettings {
  const get = (key: string) => flat.get(key);
  const weekdayBudgets = Object.fromEntries(
    WEEKDAYS.map((d) => [d, get(`weekdayBudgets.${d}`) as number]),
  ) as TimeboxSettings['weekdayBudgets'];
  // Null prototype: whatever a deck is called, it is a key here and nothing else.
  const deckBudgets = Object.create(null) as Record<string, number>;
  for (const [key, value] of flat) {
    if (key.startsWith('deckBudgets.') && value !== null) {
      deckBudgets[key.slice('deckBudgets.'.length)] = value as number;
    }
  }
  return {
    enabled: get('enabled') as boolean,
    weekdayBudgets,
    resetHour: get('resetHour') as number,
    homeTimeZone: get('homeTimeZone') as string,
    deckBudgets,
    mode: get('mode') as TimeboxSettings['mode'],
    idleThresholdSeconds: get('idleThresholdSeconds') as number,
    // Absent means off, as in files written before the setting existed.
    ...(get('countOnlyWhenFocused') === true ? { countOnlyWhenFocused: true } : {}),
    overridesPerDay: get('overridesPerDay') as number,
    overrideMinutes: get('overrideMinutes') as number,
  };
}

const flatPair = (a: TimeboxSettings, b: TimeboxSettings) => {
  const deckIds = new Set([...Object.keys(a.deckBudgets), ...Object.keys(b.deckBudgets)]);
  return [flatten(a, deckIds), flatten(b, deckIds)] as const;
};

/** Every setting that differs, and whether the difference tightens or loosens the time box. */
export function classifyChange(
  current: TimeboxSettings,
  proposed: TimeboxSettings,
): SettingChange[] {
  const [from, to] = flatPair(current, proposed);
  const changes: SettingChange[] = [];
  for (const [field, before] of from) {
    const after = to.get(field)!;
    if (before === after) continue;
    const kind = stricter(field, before, after) === after ? 'tightening' : 'loosening';
    changes.push({ field, from: before, to: after, kind });
  }
  return changes;
}

/** The proposal with every loosening left at its current value. */
export function tighterOf(current: TimeboxSettings, proposed: TimeboxSettings): TimeboxSettings {
  const [from, to] = flatPair(current, proposed);
  const merged: Flat = new Map();
  for (const [field, before] of from) merged.set(field, stricter(field, before, to.get(field)!));
  return unflatten(merged);
}

/** A first start: nothing is pending. */
export const initialSettingsState = (settings: TimeboxSettings, day: BudgetDay): SettingsState => ({
  active: settings,
  desired: settings,
  changedOn: day,
});

/** The state on `day`: what the user asked for takes effect once a reset has passed. */
export function effectiveSettings(state: SettingsState, day: BudgetDay): SettingsState {
  return day > state.changedOn && state.active !== state.desired
    ? { ...state, active: state.desired }
    : state;
}

/** The user saves `proposed` on `day`: tightening now, loosening at the next reset. */
export function proposeSettings(
  state: SettingsState,
  proposed: TimeboxSettings,
  day: BudgetDay,
): SettingsState {
  const { active } = effectiveSettings(state, day);
  const now = tighterOf(active, proposed);
  const nothingPending = classifyChange(now, proposed).length === 0;
  return { active: nothingPending ? proposed : now, desired: proposed, changedOn: day };
}

/** What is waiting for the next reset, for the renderer to show. */
export function pendingChanges(state: SettingsState): PendingChange[] {
  return classifyChange(state.active, state.desired).map(({ field, from, to }) => ({
    field,
    from,
    to,
  }));
}
