// A page's title block: optional back link above, the h1, an optional intro line, then actions.
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
  return (
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
      {actions && <div className="flex flex-wrap gap-3 pt-2">{actions}</div>}
    </div>
  );
}
