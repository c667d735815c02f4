/** The first-run sheet's proposal: half an hour a day, the length most people mean by "a bit". */
export const PROPOSED_DAILY_MINUTES = 30;

/** The budget as typed, or the words that say why it cannot be one. */
export function parseDailyMinutes(text: string): { minutes: number } | { error: string } {
  const t = text.trim();
  if (t === '') return { error: 'Type a number of minutes, such as 30.' };
  if (!/^\d+$/.test(t)) return { error: 'Whole minutes only, such as 30.' };
  const minutes = Number(t);
  if (minutes < 1) return { error: 'At least a minute.' };
  if (minutes > 24 * 60) return { error: 'At most a day (1440 minutes).' };
  return { minutes };
}
