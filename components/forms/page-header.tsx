// A page's title block: optional back link above, the h1, an optional intro line, and actions
// (buttons/links) beside it on wide screens, below it on narrow ones.
import Link from 'next/link';
import type { ReactNode } from 'react';

export function PageHeader({
  title,
  intro,
  back,
  actions,
}: {
  title: ReactNode;
  intro?: ReactNode;
  back?: { href: string; label: ReactNode };
  actions?: ReactNode;
}) {
  const heading = (
    <div className="space-y-1">
      {back && (
        <p>
          <Link href={back.href} className="link text-sm">
            {back.label}
          </Link>
        </p>
      )}
      <h1 className="h1">{title}</h1>
      {intro && <p className="muted">{intro}</p>}
    </div>
  );
  if (!actions) return heading;
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      {heading}
      <div className="flex flex-wrap gap-3">{actions}</div>
    </div>
  );
}
