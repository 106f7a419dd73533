// One numbered step of the group page: a card section the stepper's links jump to (#id).
import type { ReactNode } from 'react';

export function StepSection({
  id,
  n,
  title,
  className = 'card space-y-4',
  children,
}: {
  id: string;
  n: number;
  title: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section id={id} className={className} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="h2">
        {n}. {title}
      </h2>
      {children}
    </section>
  );
}
