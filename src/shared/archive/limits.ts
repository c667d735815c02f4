/**
 * How long the archive keeps posts: the bounds the settings field and main both check. Zod-free,
 * so the page can check what is typed without bundling the contract.
 */
export const RETENTION_DAYS = { min: 7, max: 3650, default: 180 } as const;

/** Pinned ids the page is told of; pins beyond are kept but not marked on cards. */
export const PINNED_IDS_SHOWN = 5_000;

/** The problem with a typed retention, or null when main will take it. */
export function retentionProblem(typed: string): string | null {
  const text = typed.trim();
  if (!/^\d+$/.test(text)) return 'Type a whole number of days';
  const days = Number(text);
  if (days < RETENTION_DAYS.min || days > RETENTION_DAYS.max)
    return `Keep posts between ${RETENTION_DAYS.min} and ${RETENTION_DAYS.max} days`;
  return null;
}
