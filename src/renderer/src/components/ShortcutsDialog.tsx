import { useEffect, useRef } from 'react';
import { SHORTCUT_HELP } from '../lib/shortcuts';
import { useStore } from '../store';

/** The "?" dialog: every keyboard shortcut. */
export function ShortcutsDialog() {
  const open = useStore((s) => s.helpOpen);
  const setOpen = useStore((s) => s.setHelpOpen);
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<Element | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
      if (returnFocus.current instanceof HTMLElement) returnFocus.current.focus();
    }
  }, [open]);
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
