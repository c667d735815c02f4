import { z } from 'zod';
import { X_LANGUAGE_CODES } from './languages';
import { USERNAME, bareUsername, normaliseTerm } from './query-terms';

export {
  applyFilters,
  excludeParam,
  filtersToOperators,
  searchQueryWithFilters,
  type FilterablePost,
} from './filter-operators';

export const LanguageSchema = z.enum(X_LANGUAGE_CODES, {
  error: 'X can only search for the languages it lists',
});

export const UsernameSchema = z
  .string()
  .transform(bareUsername)
  .pipe(z.string().regex(USERNAME, 'A username is 1 to 15 letters, digits or underscores'));

export const MutedWordSchema = z
  .string()
  .transform(normaliseTerm)
  .pipe(z.string().min(1, 'A muted word can’t be empty').max(100));

/**
 * What a column hides, whatever its type. On a search column these become query operators, so
 * X never sends (and never bills) the hidden posts; on other columns main drops them before they
 * cross the bridge.
 */
export const ColumnFiltersSchema = z
  .object({
    hideReposts: z.boolean().default(false),
    hideReplies: z.boolean().default(false),
    onlyLinks: z.boolean().default(false),
    onlyMedia: z.boolean().default(false),
    lang: LanguageSchema.optional(),
    mutedWords: z.array(MutedWordSchema).max(200).default([]),
    mutedAccounts: z.array(UsernameSchema).max(200).default([]),
  })
  // Strict: it is part of column requests, where an unknown key is a mistake, not a no-op.
  .strict();
export type ColumnFilters = z.infer<typeof ColumnFiltersSchema>;

export const NO_FILTERS: ColumnFilters = ColumnFiltersSchema.parse({});
