/**
 * The brand's product names, from the product lists of its support columns' settings: what
 * `{product}` is filled from and what save-as-answer turns back into `{product}`. Plain
 * functions, no zod: the composer uses them.
 */
export interface ColumnWithProducts {
  accountId: string | null;
  builder?: { products?: readonly string[] } | null;
}

/** Every product named in the account's support columns, each once, in the order written. */
export function productsOf(
  decks: ReadonlyArray<{ columns: readonly ColumnWithProducts[] }>,
  accountId: string,
): string[] {
  const seen = new Map<string, string>();
  for (const deck of decks)
    for (const column of deck.columns)
      if (column.accountId === accountId)
        for (const name of column.builder?.products ?? []) {
          const trimmed = name.trim();
          if (trimmed && !seen.has(trimmed.toLowerCase())) seen.set(trimmed.toLowerCase(), trimmed);
        }
  return [...seen.values()];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The product the customer's post names (as a whole word, any case, the longest name first so
 * "Quill Pro" wins over "Quill"), or null: then `{product}` is left for the owner to fill.
 */
export function productIn(text: string, products: readonly string[]): string | null {
  const names = products.filter((p) => p.trim().length >= 2).sort((a, b) => b.length - a.length);
  for (const name of names) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRe(name.trim())}(?![\\p{L}\\p{N}_])`, 'iu');
    if (re.test(text)) return name.trim();
  }
  return null;
}

/** A tag made of a product name: letters, digits, - and _ only. */
export const tagOf = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^[-_]+|-+$/g, '')
    .slice(0, 30);
