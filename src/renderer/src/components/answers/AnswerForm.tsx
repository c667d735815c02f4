import { useState, type FormEvent } from 'react';
import { answerProblem, ANSWER_LIMITS } from '../../../../shared/answers/library-io';
import type { AnswerDraft, AnswerView } from '../../../../shared/answers/schema';
import { freeFieldsIn } from '../../../../shared/answers/template';
import { useStore } from '../../store';
import { selectAccounts } from '../../store/selectors';

const splitTags = (text: string) =>
  text
    .split(/[,;]/)
    .map((t) => t.trim())
    .filter(Boolean);

/**
 * Writing or editing one answer. Checked as import checks a row (answerProblem), the reason
 * shown beside the form; nothing typed is lost when main refuses.
 */
export function AnswerForm({
  editing,
  draft,
  onDone,
}: {
  editing: AnswerView | null;
  draft: AnswerDraft | null;
  onDone(): void;
}) {
  const accounts = useStore(selectAccounts);
  const save = useStore((s) => s.saveAnswer);
  const start = editing ?? draft;
  const [title, setTitle] = useState(start?.title ?? '');
  const [body, setBody] = useState(start?.body ?? '');
  const [tags, setTags] = useState(start?.tags.join(', ') ?? '');
  const [accountId, setAccountId] = useState<string>(start?.accountId ?? '');
  const [link, setLink] = useState(start?.link ?? '');
  const [error, setError] = useState<string | null>(null);

  const account = accounts.find((a) => a.id === accountId);
  const problem = answerProblem({
    title,
    body,
    tags: splitTags(tags),
    account: account ? `@${account.username}` : 'shared',
    link: link.trim() || null,
    archived: false,
  });
  const free = freeFieldsIn(body);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (problem) return setError(problem);
    void save(
      {
        title: title.trim(),
        body,
        tags: splitTags(tags),
        accountId: accountId || null,
        link: link.trim() || null,
      },
      editing?.id,
    ).then((refused) => {
      if (refused) setError(refused.message);
      else onDone();
    });
  };

  return (
    <form
      className="answer-form"
      aria-label={editing ? 'Edit answer' : 'New answer'}
      onSubmit={submit}
      onChange={() => setError(null)}
    >
      <label htmlFor="answer-title">Title</label>
      <input
        id="answer-title"
        value={title}
        maxLength={ANSWER_LIMITS.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <label htmlFor="answer-body">Answer</label>
      <textarea
        id="answer-body"
        rows={5}
        value={body}
        maxLength={ANSWER_LIMITS.body}
        aria-describedby="answer-body-help"
        onChange={(e) => setBody(e.target.value)}
      />
      <p id="answer-body-help" className="muted">
        Variables: {'{first_name}'}, {'{handle}'}, {'{product}'}, {'{link}'}; any other {'{name}'}{' '}
        is asked for before sending
        {free.length > 0 ? ` (here: ${free.join(', ')})` : ''}.
      </p>
      <label htmlFor="answer-tags">Tags</label>
      <input id="answer-tags" value={tags} onChange={(e) => setTags(e.target.value)} />
      <label htmlFor="answer-account">For</label>
      <select id="answer-account" value={accountId} onChange={(e) => setAccountId(e.target.value)}>
        <option value="">Shared by every account</option>
        {accounts.map((a) => (
          <option key={a.id} value={a.id}>
            @{a.username} only
          </option>
        ))}
      </select>
      <label htmlFor="answer-link">Link</label>
      <input
        id="answer-link"
        type="url"
        value={link}
        placeholder="https://"
        onChange={(e) => setLink(e.target.value)}
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="answer-form-actions">
        <button type="submit" className="button primary">
          {editing ? 'Save changes' : 'Save answer'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
