import { SHORTCUT_HELP } from '../lib/shortcuts';
import { useStore } from '../store';
import { useModalDialog } from './use-modal-dialog';

/** The "?" dialog: every keyboard shortcut. */
export function ShortcutsDialog() {
  const open = useStore((s) => s.helpOpen);
  const setOpen = useStore((s) => s.setHelpOpen);
  const ref = useModalDialog(open);
  return (
    <dialog
      ref={ref}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-heading"
      onClose={() => setOpen(false)}
    >
      <div className="composer-head">
        <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          Close
        </button>
      </div>
      <p className="muted">Letters and digits work outside text fields.</p>
      <dl className="shortcut-list">
        {SHORTCUT_HELP.map((s) => (
          <div key={s.keys}>
            <dt>
              <kbd>{s.keys}</kbd>
            </dt>
            <dd>{s.does}</dd>
          </div>
        ))}
      </dl>
    </dialog>
  );
}
