import { useEffect, useState } from 'react';
import type { QuestionsView as Questions } from '../../../../shared/answers/schema';
import { offerDownload } from '../../lib/download';
import { useStore } from '../../store';
import { SidePanelFrame } from '../SidePanelFrame';

/**
 * What customers keep asking: the support posts of the last 30 days grouped by the answer
 * used for them (and unanswered look-alikes), most asked first; a FAQ draft in Markdown, or CSV.
 */
export function QuestionsView({ onClose }: { onClose(): void }) {
  const load = useStore((s) => s.loadQuestions);
  const [view, setView] = useState<Questions | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => void load().then(setView), [load]);

  const download = (name: string, text: string, type: string) => {
    offerDownload(name, text, type);
    setMessage(`Downloading ${name}`);
  };
  const stamp = new Date().toISOString().slice(0, 10);

  return (
    <SidePanelFrame
      id="questions"
      title="Questions"
      className="questions-panel"
      onClose={onClose}
      actions={
        <>
          <button
            type="button"
            className="button"
            disabled={!view}
            onClick={() =>
              view && download(`timedeck-faq-${stamp}.md`, view.markdown, 'text/markdown')
            }
          >
            Export Markdown
          </button>
          <button
            type="button"
            className="button"
            disabled={!view}
            onClick={() =>
              view && download(`timedeck-questions-${stamp}.csv`, view.csv, 'text/csv')
            }
          >
            Export CSV
          </button>
        </>
      }
    >
      <p className="muted export-note" role="status">
        {message}
      </p>
      <p className="muted">
        Support posts of the last {view?.days ?? 30} days, grouped by the answer used for them, most
        asked first.
      </p>
      {view === null ? (
        <p className="muted">Loading…</p>
      ) : view.groups.length === 0 ? (
        <p className="muted">No support questions in this period.</p>
      ) : (
        <ol className="questions-list" aria-label="Questions asked">
          {view.groups.map((g) => (
            <li key={`${g.answerId ?? 'none'}-${g.label}`}>{g.line}</li>
          ))}
        </ol>
      )}
    </SidePanelFrame>
  );
}
