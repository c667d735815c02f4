import type { OutcomeKind } from '../../../shared/outcomes/return-on-time';

/** The outcome kinds in the owner's words, in the order the form offers them. */
export const OUTCOME_LABELS: Record<OutcomeKind, string> = {
  sale: 'Sale',
  order: 'Order',
  lead_qualified: 'Lead qualified',
  call_booked: 'Call booked',
  issue_solved: 'Issue solved',
  refund_avoided: 'Refund avoided',
  press_mention: 'Press mention',
  other: 'Other',
};

/** Currencies the form offers first; any other ISO code can be typed. */
export const COMMON_CURRENCIES = ['GBP', 'USD', 'EUR', 'CAD', 'AUD', 'JPY'] as const;
