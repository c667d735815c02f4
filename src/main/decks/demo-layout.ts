import type { DecksState } from '../../shared/decks/schema';
import { suggestMisspellings } from '../../shared/search/misspellings';
import { SupportSearchSchema, buildQuery } from '../../shared/search/support-query';

/**
 * Demo mode's first impression: the default decks' unbound columns read as the simulator's
 * brand and personal accounts, and the brand search looks for the brand and its likeliest
 * misspellings, as the owner would set it up. Columns the user has bound are left alone.
 */
export function bindDemoLayout(
  state: DecksState,
  demo: { brandId: string; brandUsername: string; personalId: string },
): DecksState {
  const builder = SupportSearchSchema.parse({
    brandNames: [demo.brandUsername],
    misspellings: suggestMisspellings(demo.brandUsername, { max: 6 }),
    excludeAuthors: [demo.brandUsername],
  });
  const accountFor: Record<string, string> = { brand: demo.brandId, personal: demo.personalId };
  return {
    ...state,
    decks: state.decks.map((deck) => {
      const accountId = accountFor[deck.id];
      if (!accountId) return deck;
      return {
        ...deck,
        columns: deck.columns.map((column) => {
          if (column.accountId !== null) return column;
          const search =
            column.type === 'search' && !column.query
              ? { query: buildQuery(builder).query, builder }
              : {};
          return { ...column, accountId, ...search };
        }),
      };
    }),
  };
}
