import { useEffect, useRef, useState } from 'react';
import { offerDownload } from '../../lib/download';
import { useStore } from '../../store';
import { NO_TAGS } from '../../store/people-slice';
import { FieldError } from '../FieldError';
import { TagListEditor } from './TagListEditor';
import { BalanceMeter } from './BalanceMeter';
import { BrandSettingsForm } from './BrandSettingsForm';
import { selectAccounts } from '../../store/selectors';
import { SidePanelFrame } from '../SidePanelFrame';

/**
 * People: everyone the columns brought, searchable by name, handle or bio and filtered by tag;
 * each opens their person card. The tag list is edited here; CSV export and import too.
 */
export function PeopleView({ onClose }: { onClose(): void }) {
  const list = useStore((s) => s.peopleList);
  const tags = useStore((s) => s.peopleTags?.tags ?? NO_TAGS);
  const tagsVersion = useStore((s) => s.peopleTags);
  const loadPeopleList = useStore((s) => s.loadPeopleList);
  const openPerson = useStore((s) => s.openPerson);
  const exportPeopleCsv = useStore((s) => s.exportPeopleCsv);
  const importPeopleCsv = useStore((s) => s.importPeopleCsv);
  const cardOpen = useStore((s) => s.personCard !== null);
  const accounts = useStore(selectAccounts);
  const [search, setSearch] = useState('');
  const [tagId, setTagId] = useState('');
  const [status, setStatus] = useState('');
  const [importProblem, setImportProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // The list follows the filters, tag changes, and a person card closing (a delete, a tag).
  useEffect(() => {
    if (!cardOpen) void loadPeopleList({ search, tagId });
  }, [loadPeopleList, search, tagId, tagsVersion, cardOpen]);

  const tagName = new Map(tags.map((t) => [t.id, t]));

  return (
    <SidePanelFrame
      id="people"
      title="People"
      className="people-panel"
      onClose={onClose}
      actions={
        <>
          <button
            type="button"
            className="button"
            onClick={() =>
              void exportPeopleCsv().then((file) => {
                if (!file) return;
                offerDownload(file.filename, file.csv);
                setStatus(`Downloading ${file.filename}`);
              })
            }
          >
            Export CSV
          </button>
          <button type="button" className="button" onClick={() => fileInput.current?.click()}>
            Import CSV
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".csv,text/csv"
            hidden
            aria-label="CSV file of people to import"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              void file.text().then(async (text) => {
                const result = await importPeopleCsv(text);
                if (typeof result === 'string') return setImportProblem(result);
                setImportProblem(
                  result.problems.length
                    ? result.problems.map((p) => `Line ${p.line}: ${p.reason}`).join('; ')
                    : null,
                );
                setStatus(`Imported ${result.imported} people`);
                void loadPeopleList({ search, tagId });
              });
            }}
          />
        </>
      }
    >
      <p className="muted export-note" role="status">
        {status}
      </p>
      <FieldError id="people-import-error" problem={importProblem} />
      <p className="muted">Tags, notes and outcomes stay on this computer; X never sees them.</p>
      <div className="people-filters">
        <label>
          Search
          <input
            type="search"
            value={search}
            placeholder="Name, @handle or bio"
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        <label>
          Tag
          <select value={tagId} onChange={(e) => setTagId(e.target.value)}>
            <option value="">Any</option>
            {tags.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ul className="people-list" aria-label="People">
        {list?.people.map((p) => (
          <li key={p.id}>
            <button type="button" className="link-button" onClick={() => openPerson(p.id)}>
              {p.name} <span className="muted">@{p.username}</span>
            </button>{' '}
            {p.tagIds.map((id) => {
              const t = tagName.get(id);
              return t ? (
                <span
                  key={id}
                  className="tag-chip"
                  style={{ borderColor: t.color, color: t.color }}
                >
                  {t.name}
                </span>
              ) : null;
            })}
          </li>
        ))}
      </ul>
      {list && list.people.length === 0 && <p className="muted">Nobody matches.</p>}
      <TagListEditor />
      <section aria-labelledby="balance-heading">
        <h3 id="balance-heading">Balance of your posts</h3>
        {accounts.map((a) => (
          <BalanceMeter key={a.id} accountId={a.id} handle={a.username} />
        ))}
      </section>
      <BrandSettingsForm />
    </SidePanelFrame>
  );
}
