import { useState, type FormEvent } from 'react';
import { retentionProblem } from '../../../shared/archive/limits';
import { useStore } from '../store';
import { FieldError } from './FieldError';

const count = (n: number) => n.toLocaleString('en');
const posts = (n: number) => `${count(n)} post${n === 1 ? '' : 's'}`;

/**
 * The archive on this computer: where it lives, what it holds, how long it keeps posts. A shorter
 * retention says how many posts it would forget and asks before anything goes; pinned posts stay.
 */
export function ArchiveSettingsForm() {
  const archive = useStore((s) => s.archive);
  const previewRetention = useStore((s) => s.previewRetention);
  const setRetention = useStore((s) => s.setRetention);
  const [value, setValue] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  /** A shorter retention waiting for the user's yes: the days and what it would forget. */
  const [confirming, setConfirming] = useState<{ days: number; wouldForget: number } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (!archive) return null;
  const typed = value ?? String(archive.retentionDays);
  const problem = tried ? retentionProblem(typed) : null;

  const apply = async (days: number) => {
    setConfirming(null);
    const forgotten = await setRetention(days);
    if (forgotten === null) return;
    setValue(null);
    setTried(false);
    setDone(
      forgotten > 0
        ? `Kept for ${days} days; ${posts(forgotten)} forgotten.`
        : `Kept for ${days} days.`,
    );
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setDone(null);
    if (retentionProblem(typed)) return;
    const days = Number(typed.trim());
    const wouldForget = await previewRetention(days);
    if (wouldForget === null) return;
    if (wouldForget > 0) setConfirming({ days, wouldForget });
    else await apply(days);
  };

  return (
    <section className="archive-settings" aria-labelledby="archive-heading">
      <h2 id="archive-heading">Your archive</h2>
      <p className="muted">
        {posts(archive.postCount)} kept on this computer, {count(archive.pinnedIds.length)} pinned.
        Search them with an Archive column (no request to X, no cost); pinned ones with{' '}
        <code>is:pinned</code>.
      </p>
      <form className="inline-form" onSubmit={(e) => void submit(e)}>
        <label htmlFor="archive-retention">Keep posts for (days)</label>
        <input
          id="archive-retention"
          inputMode="numeric"
          className="short"
          value={typed}
          aria-invalid={problem !== null}
          aria-describedby={problem ? 'archive-retention-problem' : 'archive-retention-hint'}
          onChange={(e) => {
            setValue(e.target.value);
            setConfirming(null);
            setDone(null);
          }}
        />
        <button type="submit" className="button">
          Save
        </button>
      </form>
      <FieldError id="archive-retention-problem" problem={problem} />
      <p id="archive-retention-hint" className="form-hint">
        Counted from the last time a column showed the post. Pinned posts are kept for good.
      </p>
      {confirming && (
        <div className="message warning" role="alertdialog" aria-label="Forget older posts?">
          <span>
            Keeping posts for {confirming.days} days forgets {posts(confirming.wouldForget)} now.
            Pinned posts stay.
          </span>
          <button
            type="button"
            className="button danger"
            onClick={() => void apply(confirming.days)}
          >
            Forget {posts(confirming.wouldForget)}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(null)}>
            Keep them
          </button>
        </div>
      )}
      {done && (
        <p className="form-hint" role="status">
          {done}
        </p>
      )}
      <p className="form-hint">
        The library is <code className="path">{archive.file}</code>; a copy is made each day in{' '}
        <code className="path">{archive.backupsFolder}</code> (the last 7 kept). Each copy there is
        complete: to keep one elsewhere, copy that folder.
      </p>
    </section>
  );
}
