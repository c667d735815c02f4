// Plain values of accounts, apart from their zod schemas (schema.ts) so that the renderer can use
// them without bundling zod.

/** The tiers of X API access that change what Timedeck may do through the API. */
export const API_TIERS = ['self-serve', 'enterprise'] as const;

export const ACCOUNT_COLORS = [
  '#4c9eff',
  '#f5b942',
  '#3ecf8e',
  '#ff6b9a',
  '#a78bfa',
  '#ff8a4c',
] as const;
