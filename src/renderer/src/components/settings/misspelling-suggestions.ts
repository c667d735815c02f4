import { suggestMisspellings } from '../../../../shared/search/misspellings';
import { parseList } from '../../lib/column-form';

const PER_NAME = 12;

/**
 * The misspellings list with suggestions for every brand name added at its end: what the user
 * already wrote stays as written, and nothing is listed twice.
 */
export function withSuggestedMisspellings(brandNames: string, misspellings: string): string {
  const have = parseList(misspellings);
  const seen = new Set([...have, ...parseList(brandNames)].map((t) => t.toLowerCase()));
  const added: string[] = [];
  for (const name of parseList(brandNames)) {
    for (const suggestion of suggestMisspellings(name, { max: PER_NAME })) {
      if (seen.has(suggestion)) continue;
      seen.add(suggestion);
      added.push(suggestion);
    }
  }
  return [...have, ...added].join('\n');
}
