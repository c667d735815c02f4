import type { ReactNode } from 'react';
import { bridge } from '../bridge';

/**
 * A link that opens in the system browser through main (which accepts http(s) only). It is a
 * real <a href> so that it can be copied and read by assistive technology.
 */
export function ExternalLink({
  href,
  children,
  className,
}: {
  href: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <a
      href={href}
      className={className}
      rel="noreferrer noopener"
      onClick={(e) => {
        e.preventDefault();
        void bridge().links.open({ url: href });
      }}
    >
      {children}
    </a>
  );
}
