import { useCallback, useEffect, useState } from 'react';
import type { AnswerImportResult, AnswerView } from '../../../../shared/answers/schema';
import { offerDownload } from '../../lib/download';
import { useStore } from '../../store';
import { usedLine } from '../composer/answer-values';
import { AnswerForm } from './AnswerForm';
import { SidePanelFrame } from '../SidePanelFrame';

/**
 * The Answers manager: every saved answer with how often it was used; write, edit, merge two,
 * archive; the whole library out as CSV or Markdown, and back in (all or nothing, unless the
 * owner takes the valid rows).
 */
export function AnswersPanel({ onClose }: { onClose(): void }) {
  const search = useStore((s) => s.searchAnswers);
  const archive = useStore((s) => s.archiveAnswer);
  const merge = useStore((s) => s.mergeAnswers);
  const exportAnswers = useStore((s) => s.exportAnswers);
  const importAnswers = useStore((s) => s.importAnswers);
  const draft = useStore((s) => s.answerDraft);
  const clearDraft = useStore((s) => s.clearAnswerDraft);
  const toggleSidePanel = useStore((s) => s.toggleSidePanel);
  const [query, setQuery] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [answers, setAnswers] = useState<AnswerView[]>([]);
  const [chosen, setEditing] = useState<AnswerView | 'new' | null>(null);
  // "Save as answer" opens the form with the reply in it, whatever was open before.
  const editing = draft ? 'new' : chosen;
  const [selected, setSelected] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [takeValid, setTakeValid] = useState(false);
  const [imported, setImported] = useState<AnswerImportResult | null>(null);

  const reload = useCallback(
    () => void search(query, undefined, showArchived).then(setAnswers),
    [search, query, showArchived],
  );
  useEffect(reload, [reload]);

  const done = (text: string | null) => {
    setMessage(text);
    setSelected([]);
    reload();
  };
  const toggle = (id: string) =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id].slice(-2)));

  const exportAs = (format: 'csv' | 'markdown') =>
    void exportAnswers(format).then((file) => {
      if (!file) return;
      offerDownload(file.filename, file.text, format === 'csv' ? 'text/csv' : 'text/markdown');
      setMessage(`Downloading ${file.filename}`);
    });

  const importFile = async (file: File) => {
    const format = /\.(md|markdown)$/i.test(file.name) ? 'markdown' : 'csv';
    const result = await importAnswers(format, await file.text(), takeValid);
    if ('kind' in result) return setMessage(result.message);
    setImported(result);
    reload();
  };

  const titleOf = (id: string) => answers.find((a) => a.id === id)?.title ?? '?';
  const [keepId, dropId] = selected;

  return (
    <SidePanelFrame
      id="answers"
      title="Answers"
      className="answers-panel"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={() => toggleSidePanel('questions')}>
            Questions
          </button>
        </>
      }
    >
      {editing ? (
        <AnswerForm
          key={editing === 'new' ? 'new' : editing.id}
          editing={editing === 'new' ? null : editing}
          draft={editing === 'new' ? draft : null}
          onDone={() => {
            setEditing(null);
            clearDraft();
            done(null);
          }}
        />
      ) : (
        <>
          <div className="answers-tools">
            <button type="button" className="button primary" onClick={() => setEditing('new')}>
              New answer
            </button>
            <button type="button" className="button" onClick={() => exportAs('csv')}>
              Export CSV
            </button>
            <button type="button" className="button" onClick={() => exportAs('markdown')}>
              Export Markdown
            </button>
          </div>
          <div className="answers-import">
            <label htmlFor="answers-import-file">Import CSV or Markdown</label>
            <input
              id="answers-import-file"
              type="file"
              accept=".csv,.md,.markdown,text/csv,text/markdown"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void importFile(file);
              }}
            />
            <label className="check">
              <input
                type="checkbox"
                checked={takeValid}
                onChange={(e) => setTakeValid(e.target.checked)}
              />
              Import the valid rows even if some are refused
            </label>
          </div>
          {imported && (
            <div className="answers-import-result" role="status">
              {imported.problems.length > 0 && imported.imported === 0 && !takeValid ? (
                <p>
                  Nothing imported: {imported.problems.length}{' '}
                  {imported.problems.length === 1 ? 'row is' : 'rows are'} refused.
                </p>
              ) : (
                <p>
                  Imported {imported.imported} {imported.imported === 1 ? 'answer' : 'answers'}
                  {imported.skipped > 0 ? ` (${imported.skipped} already in the library)` : ''}.
                </p>
              )}
              {imported.problems.length > 0 && (
                <ul className="import-problems">
                  {imported.problems.map((p) => (
                    <li key={`${p.line}-${p.reason}`}>
                      Line {p.line}: {p.reason}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <p className="muted export-note" role="status">
            {message ?? ''}
          </p>
          <div className="answers-search-row">
            <input
              type="search"
              aria-label="Search answers"
              placeholder="Search answers"
              value={query}
              maxLength={200}
              onChange={(e) => setQuery(e.target.value)}
            />
            <label className="check">
              <input
                type="checkbox"
                checked={showArchived}
                onChange={(e) => setShowArchived(e.target.checked)}
              />
              Show archived
            </label>
          </div>
          {keepId && dropId && (
            <div className="answers-merge">
              <button
                type="button"
                className="button"
                onClick={() =>
                  void merge(keepId, dropId).then((e) =>
                    done(e ? e.message : `Merged into “${titleOf(keepId)}”`),
                  )
                }
              >
                Merge “{titleOf(dropId)}” into “{titleOf(keepId)}”
              </button>
            </div>
          )}
          {answers.length === 0 && <p className="muted">No answers here yet.</p>}
          <ul className="answers-list" aria-label="Saved answers">
            {answers.map((a) => (
              <li key={a.id} className={a.archived ? 'answer-item archived' : 'answer-item'}>
                <label className="check">
                  <input
                    type="checkbox"
                    aria-label={`Select “${a.title}” to merge`}
                    checked={selected.includes(a.id)}
                    onChange={() => toggle(a.id)}
                  />
                  <strong>{a.title}</strong>
                </label>
                <span className="muted">
                  {a.accountUsername ? `@${a.accountUsername}` : 'Shared'} ·{' '}
                  {usedLine(a.useCount, a.lastUsedAt)}
                  {a.link ? ' · has a link' : ''}
                  {a.archived ? ' · archived' : ''}
                </span>
                <p className="answer-body-preview">{a.body}</p>
                <div className="answer-item-actions">
                  <button type="button" className="button small" onClick={() => setEditing(a)}>
                    Edit
                  </button>
                  <button
                    type="button"
                    className="button small"
                    onClick={() =>
                      void archive(a.id, !a.archived).then((e) => done(e ? e.message : null))
                    }
                  >
                    {a.archived ? 'Restore' : 'Archive'}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </SidePanelFrame>
  );
}
