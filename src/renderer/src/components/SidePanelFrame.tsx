import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A side panel opened from the header: its heading takes the keyboard when it opens, Escape or
 * Close shuts it, and focus goes back to where it was (the header's button).
 */
export function SidePanelFrame({
  id,
  title,
  className,
  onClose,
  actions,
  children,
}: {
  /** Names the heading: `${id}-heading`. */
  id: string;
  title: string;
  className: string;
  onClose(): void;
  /** Buttons beside Close. */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const back = document.activeElement;
    heading.current?.focus();
    return () => {
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, []);
  return (
    <aside
      className={`side-panel ${className}`}
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-heading`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) onClose();
      }}
    >
      <div className="side-panel-header">
        <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <div className="side-panel-actions">
          {actions}
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
      {children}
    </aside>
  );
}
