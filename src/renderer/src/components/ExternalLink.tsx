import type { ReactNode } from 'react';
import { useStore } from '../store';

/**
 * A link that opens in the system browser through main (which accepts http(s) only). It is a
 * real <a href> so that it can be copied and read by assistive technology.
 */
export function ExternalLink({
  href,
  children,
  className,
  title,
}: {
  href: string;
  children: ReactNode;
  className?: string;
  title?: string;
}) {
  const openLink = useStore((s) => s.openLink);
  return (
    <a
      href={href}
      className={className}
      title={title}
      rel="noreferrer noopener"
      onClick={(e) => {
        e.preventDefault();
        void openLink(href);
      }}
    >
      {children}
    </a>
  );
}
