import { z } from 'zod';
import { LanguageSchema, MutedWordSchema, UsernameSchema } from './column-filters';
import { normaliseTerm } from './query-terms';

export * from './support-query-text';

const TermSchema = z
  .string()
  .transform(normaliseTerm)
  .pipe(z.string().max(200, 'A search term can be at most 200 characters'));
const terms = z.array(TermSchema).max(2000).default([]);
const usernames = z.array(UsernameSchema).max(200).default([]);

/**
 * A support search: everything people might write when they mean the brand (its names, their
 * misspellings, its products), minus what is not a customer talking (the brand's own posts,
 * reposts, muted words and accounts). Empty terms are dropped when the query is built.
 */
export const SupportSearchSchema = z
  .object({
    brandNames: terms,
    misspellings: terms,
    products: terms,
    /** The brand's own accounts, whose posts are not customers talking. */
    excludeAuthors: usernames,
    excludeReposts: z.boolean().default(true),
    excludeReplies: z.boolean().default(false),
    lang: LanguageSchema.optional(),
    mustHaveLinks: z.boolean().default(false),
    mustHaveMedia: z.boolean().default(false),
    mutedWords: z.array(MutedWordSchema).max(200).default([]),
    mutedAccounts: usernames,
    /**
     * Accounts whose Mentions column is in the deck: their `@handle` is left out of the search,
     * since the Mentions timeline returns those posts as owned reads at a fifth of the price.
     */
    leaveOutMentionsOf: z.array(UsernameSchema).max(200).optional(),
  })
  .strict()
  .refine(
    (s) => [...s.brandNames, ...s.misspellings, ...s.products].some((t) => t !== ''),
    'Add a brand name, a misspelling or a product to search for',
  );
export type SupportSearch = z.infer<typeof SupportSearchSchema>;
export type SupportSearchInput = z.input<typeof SupportSearchSchema>;
