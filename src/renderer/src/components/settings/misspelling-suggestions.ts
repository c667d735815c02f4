import {
  DEFAULT_MAX_MISSPELLINGS,
  suggestMisspellings,
} from '../../../../shared/search/misspellings';
import { parseList } from '../../lib/column-form';

/**
 * Suggestions for every brand name, best first, at most about thirty in all: each name gets its
 * share, the first names first. Never a brand name itself.
 */
export function misspellingSuggestions(
  brandNames: string,
  options: { keyboardTypos?: boolean } = {},
): string[] {
  const names = parseList(brandNames);
  if (names.length === 0) return [];
  const per = Math.max(4, Math.ceil(DEFAULT_MAX_MISSPELLINGS / names.length));
  const seen = new Set(names.map((n) => n.toLowerCase()));
  const out: string[] = [];
  for (const name of names) {
    const max = options.keyboardTypos ? per + 10 : per;
    for (const s of suggestMisspellings(name, { max, keyboardTypos: options.keyboardTypos })) {
      if (seen.has(s)) continue;
      seen.add(s);
      out.push(s);
    }
  }
  return out.slice(
    0,
    options.keyboardTypos ? DEFAULT_MAX_MISSPELLINGS + 10 : DEFAULT_MAX_MISSPELLINGS,
  );
}

/** Whether the misspellings text lists `term` (as X search does: case-insensitively). */
export function listsMisspelling(misspellings: string, term: string): boolean {
  const t = term.toLowerCase();
  return parseList(misspellings).some((m) => m.toLowerCase() === t);
}

/**
 * The misspellings text with `term` ticked (added at its end) or unticked (removed, in any
 * case); what the user wrote otherwise stays as written.
 */
export function toggleMisspelling(misspellings: string, term: string, on: boolean): string {
  const have = parseList(misspellings);
  const t = term.toLowerCase();
  const rest = have.filter((m) => m.toLowerCase() !== t);
  return (on ? [...rest, term] : rest).join('\n');
}
