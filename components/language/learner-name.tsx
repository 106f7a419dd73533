// A learner as the language panel's tables name them: the name, the e-mail under it in small print.
import type { ReactNode } from 'react';

export function LearnerName({ name, email, children }: { name: string; email: string | null; children?: ReactNode }) {
  return (
    <div>
      {name}
      {email && <span className="block text-xs text-slate-600">{email}</span>}
      {children}
    </div>
  );
}
