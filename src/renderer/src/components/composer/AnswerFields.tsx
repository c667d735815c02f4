import { DEFAULT_PRICES } from '../../../../shared/x/prices';
import { useStore } from '../../store';

const FIELD_LABELS: Record<string, string> = {
  first_name: 'First name',
  handle: 'Handle',
  product: 'Product',
  link: 'Link',
};
const labelOf = (name: string) => FIELD_LABELS[name] ?? name.replace(/_/g, ' ');

/**
 * What an inserted answer still needs before Send: its variables still in the text (the
 * composer's free fields), asked for here; and, for an answer with a link, that X bills a post
 * with a link at its higher price, with the way to send it without the link.
 */
export function AnswerFields({
  unfilled,
  linkInText,
  onTakeLinkOut,
}: {
  unfilled: readonly string[];
  linkInText: boolean;
  onTakeLinkOut(): void;
}) {
  const fill = useStore((s) => s.fillDraftField);
  const answer = useStore((s) => s.draftAnswer);
  if (!answer) return null;
  return (
    <div className="answer-fields">
      {unfilled.length > 0 && (
        <fieldset className="answer-free-fields">
          <legend>Fill in before sending</legend>
          {unfilled.map((name) => (
            <FreeField key={name} name={name} onDone={(value) => fill(name, value)} />
          ))}
        </fieldset>
      )}
      {answer.link && linkInText && (
        <p className="composer-note answer-link-note">
          “{answer.title}” has a link: a post with a link costs $
          {DEFAULT_PRICES.postCreateWithUrl.toFixed(2)} through X&apos;s API, $
          {DEFAULT_PRICES.postCreate.toFixed(3)} without.{' '}
          <button type="button" className="button small" onClick={onTakeLinkOut}>
            Send without the link, add it in a second post
          </button>
        </p>
      )}
    </div>
  );
}

function FreeField({ name, onDone }: { name: string; onDone(value: string): void }) {
  const id = `answer-field-${name}`;
  return (
    <span className="answer-free-field">
      <label htmlFor={id}>{labelOf(name)}</label>
      <input
        id={id}
        type="text"
        maxLength={200}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            const value = e.currentTarget.value.trim();
            if (value) onDone(value);
          }
        }}
        onBlur={(e) => {
          const value = e.currentTarget.value.trim();
          if (value) onDone(value);
        }}
      />
    </span>
  );
}
