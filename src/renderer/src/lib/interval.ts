export const INTERVAL_UNITS = ['seconds', 'minutes'] as const;
export type IntervalUnit = (typeof INTERVAL_UNITS)[number];

export interface IntervalInput {
  /** As typed: the form keeps what the user wrote until main says whether it is valid. */
  value: string;
  unit: IntervalUnit;
}

const UNIT_MS: Record<IntervalUnit, number> = { seconds: 1000, minutes: 60_000 };

/** A refresh interval as the form shows it: whole minutes in minutes, anything else in seconds. */
export function intervalInput(ms: number): IntervalInput {
  return ms % UNIT_MS.minutes === 0
    ? { value: String(ms / UNIT_MS.minutes), unit: 'minutes' }
    : { value: String(Math.round(ms / UNIT_MS.seconds)), unit: 'seconds' };
}

/**
 * Milliseconds for what the user typed; NaN when it is not a number, so that main refuses it
 * with its own message rather than the form guessing.
 */
export function intervalMs(input: IntervalInput): number {
  const text = input.value.trim().replace(',', '.');
  const n = text === '' ? NaN : Number(text);
  return Number.isFinite(n) ? Math.round(n * UNIT_MS[input.unit]) : NaN;
}
