// One look for every notice (outcome, warning, state): the tone picks the colours; the role stays
// the caller's choice so live regions are only where they were meant to be.
import type { HTMLAttributes, ReactNode } from 'react';

export type NoticeTone = 'success' | 'error' | 'warning' | 'info';

const TONES: Record<NoticeTone, string> = {
  success: 'border-green-200 bg-green-50 text-green-900',
  error: 'border-red-200 bg-red-50 text-red-900',
  warning: 'border-amber-200 bg-amber-50 text-amber-900',
  info: 'border-slate-200 bg-slate-100 text-slate-800',
};

type Props = HTMLAttributes<HTMLElement> & {
  tone: NoticeTone;
  as?: 'p' | 'div' | 'ul';
  /** Smaller text, as inside forms. */
  small?: boolean;
  children: ReactNode;
  'data-testid'?: string;
};

export function Notice({ tone, as: Tag = 'p', small, className, children, ...rest }: Props) {
  const classes = ['rounded-lg border px-4 py-3', TONES[tone], small && 'text-sm', className].filter(Boolean);
  return (
    <Tag className={classes.join(' ')} {...rest}>
      {children}
    </Tag>
  );
}
