import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { AnswerView } from '../../../../shared/answers/schema';
import { useStore } from '../../store';
import { usedLine } from './answer-values';

/**
 * The answers library in the composer (`/` at the start of the text, or Ctrl+Space): a search
 * box over titles, bodies and tags, best first; arrows move, Enter inserts, Escape goes back
 * to the text.
 */
export function AnswerPicker({
  accountId,
  onPick,
  onClose,
}: {
  accountId: string | null;
  onPick(answer: AnswerView): void;
  onClose(): void;
}) {
  const search = useStore((s) => s.searchAnswers);
  const [query, setQuery] = useState('');
  const [answers, setAnswers] = useState<AnswerView[] | null>(null);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    let current = true;
    void search(query, accountId ?? undefined).then((found) => {
      if (!current) return;
      setAnswers(found);
      setActive(0);
    });
    return () => {
      current = false;
    };
  }, [query, accountId, search]);

  const onKeyDown = (e: KeyboardEvent) => {
    const list = answers ?? [];
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((i) => Math.min(i + 1, list.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const picked = list[active];
      if (picked) onPick(picked);
    } else if (e.key === 'Escape') {
      // Back to the text, not out of the composer.
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };

  const optionId = (id: string) => `answer-option-${id}`;
  const activeAnswer = answers?.[active];
  return (
    <div className="answer-picker" role="group" aria-label="Answers library">
      <input
        ref={input}
        type="search"
        className="answer-search"
        aria-label="Search answers"
        placeholder="Search your answers"
        role="combobox"
        aria-expanded="true"
        aria-controls="answer-options"
        aria-activedescendant={activeAnswer ? optionId(activeAnswer.id) : undefined}
        value={query}
        maxLength={200}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {answers !== null && answers.length === 0 && (
        <p className="muted answer-empty">
          {query
            ? 'No answer matches.'
            : 'No answers yet: save a reply as an answer after sending it.'}
        </p>
      )}
      <ul id="answer-options" role="listbox" aria-label="Answers" className="answer-options">
        {(answers ?? []).map((a, i) => (
          <li
            key={a.id}
            id={optionId(a.id)}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'answer-option active' : 'answer-option'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(a)}
          >
            <span className="answer-title">{a.title}</span>
            {a.link && <span className="answer-link-badge">has a link</span>}
            <span className="answer-used muted">{usedLine(a.useCount, a.lastUsedAt)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
