// A wide table scrolls inside its own labelled region, reachable by keyboard (WCAG 2.1.1: a
// scrollable area must take focus so it can be scrolled without a mouse).
import type { ReactNode } from 'react';

export function ScrollTable({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={['relative overflow-x-auto', className].filter(Boolean).join(' ')}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      {children}
    </div>
  );
}
