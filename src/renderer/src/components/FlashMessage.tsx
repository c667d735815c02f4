import { useEffect } from 'react';
import { useStore } from '../store';

const SHOWN_MS = 4000;

/** A short confirmation ("Link copied"), announced politely and gone after a few seconds. */
export function FlashMessage() {
  const flash = useStore((s) => s.flash);
  const dismiss = useStore((s) => s.dismissFlash);
  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => dismiss(flash.id), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [flash, dismiss]);
  return (
    <div className="flash" role="status" aria-live="polite">
      {flash?.text}
    </div>
  );
}
