import { DEFAULT_REFRESH_MS } from '../../../../shared/decks/constants';
import { mentionedAccounts, withoutMentions } from '../../../../shared/search/mention-route';
import { DEFAULT_PRICES } from '../../../../shared/x/prices';
import type { ColumnForm } from '../../lib/column-form';
import { parseList } from '../../lib/column-form';
import { useStore } from '../../store';

const price = (x: number) => `$${x.toFixed(3)}`;

/** The builder's term lists without the accounts' @handles. */
function builderWithout(form: ColumnForm, usernames: string[]): ColumnForm['builder'] {
  const lower = new Set(usernames.map((u) => `@${u.toLowerCase()}`));
  const keep = (text: string, sep: string) =>
    parseList(text)
      .filter((t) => !lower.has(t.toLowerCase()))
      .join(sep);
  return {
    ...form.builder,
    brandNames: keep(form.builder.brandNames, ', '),
    misspellings: keep(form.builder.misspellings, '\n'),
    products: keep(form.builder.products, '\n'),
  };
}

/**
 * A search asking for `@brand` pays $0.005 a post for what the brand's Mentions timeline gives
 * as owned reads at $0.001: the form says so and offers to move those terms there (adding the
 * account's Mentions column to the deck if it has none).
 */
export function MentionsRoute({
  deckId,
  query,
  value,
  onChange,
}: {
  deckId: string | undefined;
  /** The query as built, before the filters. */
  query: string;
  value: ColumnForm;
  onChange(value: ColumnForm): void;
}) {
  const accounts = useStore((s) => s.accounts?.accounts);
  const layout = useStore((s) => s.layout);
  const addColumn = useStore((s) => s.addColumn);
  const usernames = (accounts ?? []).map((a) => a.username);
  const mentioned = mentionedAccounts(query, usernames);
  if (mentioned.length === 0 || !deckId) return null;
  const handles = mentioned.map((u) => `@${u}`).join(' and ');

  const move = async () => {
    const deck = layout?.decks.find((d) => d.id === deckId);
    for (const username of mentioned) {
      const account = accounts?.find((a) => a.username === username);
      if (!account) continue;
      const has = deck?.columns.some((c) => c.type === 'mentions' && c.accountId === account.id);
      if (!has) {
        const ok = await addColumn(deckId, {
          title: `Mentions of @${username}`,
          type: 'mentions',
          width: 'medium',
          accountId: account.id,
          intervalMs: DEFAULT_REFRESH_MS,
          notify: true,
        });
        if (!ok) return;
      }
    }
    onChange(
      value.searchMode === 'query'
        ? { ...value, query: withoutMentions(value.query, mentioned) }
        : { ...value, builder: builderWithout(value, mentioned) },
    );
  };

  return (
    <div className="mentions-route" role="note">
      <p>
        {handles}: the Mentions column reads these posts as owned reads at{' '}
        {price(DEFAULT_PRICES.ownedRead)} a post; this search pays {price(DEFAULT_PRICES.postRead)}{' '}
        for each.
      </p>
      <button type="button" className="button small" onClick={() => void move()}>
        Move {handles} to the Mentions column
      </button>
    </div>
  );
}
