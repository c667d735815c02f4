import type { AnswerView } from '../../../../shared/answers/schema';

/**
 * The three saved answers that best fit the post being answered, above the text box; Alt+1,
 * Alt+2 and Alt+3 insert them from the keyboard.
 */
export function AnswerSuggestions({
  answers,
  onPick,
}: {
  answers: readonly AnswerView[];
  onPick(answer: AnswerView): void;
}) {
  if (answers.length === 0) return null;
  return (
    <div className="answer-suggestions" role="group" aria-label="Suggested answers">
      <span className="muted">Suggested:</span>
      {answers.map((a, i) => (
        <button
          key={a.id}
          type="button"
          className="button small answer-suggestion"
          title={`Insert this answer (Alt+${i + 1})${a.link ? ': it has a link' : ''}`}
          aria-keyshortcuts={`Alt+${i + 1}`}
          onClick={() => onPick(a)}
        >
          {a.title}
          {a.link && <span className="answer-link-badge">link</span>}
        </button>
      ))}
    </div>
  );
}
