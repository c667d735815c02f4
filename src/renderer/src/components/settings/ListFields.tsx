import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { listIdFrom } from '../../../../shared/lists/list-ref';
import type { ColumnForm } from '../../lib/column-form';
import { useStore } from '../../store';
import { FieldError } from '../FieldError';
import { FieldLabel, problemProps } from './FieldLabel';

const members = (n: number | undefined) =>
  n === undefined ? '' : ` (${n.toLocaleString('en-GB')} member${n === 1 ? '' : 's'})`;

/**
 * Which list a List column reads: one of the account's own lists, picked by name, or any list
 * by its address or id (someone else's list, or one past the pages the picker read).
 */
export function ListFields({
  idPrefix,
  value,
  problem,
  onChange,
}: {
  idPrefix: string;
  value: ColumnForm;
  problem: string | undefined;
  onChange(patch: Partial<ColumnForm>): void;
}) {
  const { accountId } = value;
  const { owned, load, handle } = useStore(
    useShallow((s) => ({
      owned: accountId ? s.ownedLists[accountId] : undefined,
      load: s.loadOwnedLists,
      handle: s.accounts?.accounts.find((a) => a.id === accountId)?.username,
    })),
  );
  useEffect(() => {
    if (accountId) void load(accountId);
  }, [accountId, load]);

  const chosenId = listIdFrom(value.listId);
  const lists = owned?.state === 'ok' ? owned.lists : [];
  const picked = lists.some((l) => l.id === chosenId) ? chosenId! : '';
  const pickerId = `${idPrefix}-owned-list`;

  return (
    <>
      <label htmlFor={pickerId}>{handle ? `Lists of @${handle}` : 'Your lists'}</label>
      {!accountId ? (
        <p className="field-note" id={pickerId}>
          Choose the account first: its lists are offered here.
        </p>
      ) : owned?.state === 'error' ? (
        <p className="field-note" id={pickerId} role="status">
          Its lists could not be read: {owned.message}{' '}
          <button type="button" className="button small" onClick={() => void load(accountId, true)}>
            Try again
          </button>
        </p>
      ) : owned?.state === 'ok' && lists.length === 0 ? (
        <p className="field-note" id={pickerId}>
          This account owns no lists: paste the address of any list below.
        </p>
      ) : (
        <select
          id={pickerId}
          value={picked}
          disabled={owned?.state !== 'ok'}
          onChange={(e) => {
            const list = lists.find((l) => l.id === e.target.value);
            // The list's name is the column's title, unless the user wrote one.
            if (list) onChange({ listId: list.id, ...(value.title ? {} : { title: list.name }) });
          }}
        >
          <option value="">
            {owned?.state === 'ok' ? 'Choose a list…' : 'Loading its lists…'}
          </option>
          {lists.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
              {members(l.memberCount)}
            </option>
          ))}
        </select>
      )}
      {owned?.state === 'ok' && owned.more && (
        <p className="field-note">It owns more lists than shown: paste the address of another.</p>
      )}
      <FieldLabel htmlFor={`${idPrefix}-list`} required>
        List address or id
      </FieldLabel>
      <input
        id={`${idPrefix}-list`}
        placeholder="https://x.com/i/lists/… or its number"
        value={value.listId}
        {...problemProps(`${idPrefix}-list`, problem, true)}
        onChange={(e) => onChange({ listId: e.target.value })}
      />
      <FieldError id={`${idPrefix}-list-problem`} problem={problem ?? null} />
    </>
  );
}
