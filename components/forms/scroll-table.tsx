// A wide table scrolls inside its own labelled region, reachable by keyboard (WCAG 2.1.1: a
// scrollable area must take focus so it can be scrolled without a mouse).
import type { ReactNode } from 'react';
import { CardLabels } from './card-labels';

export function ScrollTable({
  label,
  className,
  cards = false,
  children,
}: {
  label: string;
  className?: string;
  /** On a phone, one card per row instead of a table to scroll sideways (globals.css `table-cards`). */
  cards?: boolean;
  children: ReactNode;
}) {
  return (
    <div
      className={['relative overflow-x-auto', cards && 'table-cards', className].filter(Boolean).join(' ')}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      {children}
      {cards && <CardLabels />}
    </div>
  );
}
