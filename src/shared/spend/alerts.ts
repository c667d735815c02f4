import { z } from 'zod';

/** Percent of the monthly cap at which the user is told, once each per month. */
export const ALERT_THRESHOLDS = [50, 80, 100] as const;
export type AlertThreshold = (typeof ALERT_THRESHOLDS)[number];

/** Which alerts went out, persisted so that a restart does not repeat them. */
export const SpendAlertsSentSchema = z.object({
  /** YYYY-MM the list is for; a new month starts an empty one. */
  month: z.string().nullable(),
  sent: z.array(z.number().int()),
});
export type SpendAlertsSent = z.infer<typeof SpendAlertsSentSchema>;

export const NO_ALERTS_SENT: SpendAlertsSent = { month: null, sent: [] };

export interface AlertDecision {
  /** The alert to give now, if any: the highest threshold newly crossed. */
  fire: AlertThreshold | null;
  next: SpendAlertsSent;
}

/**
 * Spend crossing several thresholds at once (a raised price, a lowered cap) gives one alert, the
 * highest; the lower ones count as given. No cap, no alerts. Pure.
 */
export function dueAlert(
  spent: number,
  cap: number | null,
  month: string,
  state: SpendAlertsSent,
): AlertDecision {
  const sent = state.month === month ? state.sent : [];
  const base = { month, sent };
  if (cap === null || cap <= 0) return { fire: null, next: state.month === month ? state : base };
  const crossed = ALERT_THRESHOLDS.filter((t) => spent >= (cap * t) / 100);
  const fresh = crossed.filter((t) => !sent.includes(t));
  if (fresh.length === 0) return { fire: null, next: state.month === month ? state : base };
  return {
    fire: fresh[fresh.length - 1]!,
    next: { month, sent: [...new Set([...sent, ...crossed])].sort((a, b) => a - b) },
  };
}

export function alertMessage(threshold: AlertThreshold, spent: number, cap: number): string {
  const money = (x: number) => `$${x.toFixed(2)}`;
  return threshold >= 100
    ? `API spend reached the monthly cap: ${money(spent)} of ${money(cap)}. Columns stopped polling.`
    : `API spend is at ${threshold} % of the monthly cap: ${money(spent)} of ${money(cap)}.`;
}
