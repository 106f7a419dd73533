'use client';
// A fieldset of the question editor with its legend and the error of the whole group beside it.
import type { ReactNode } from 'react';
import { FieldError } from '@/components/forms/field';

export function Group({
  id,
  legend,
  error,
  hint,
  children,
}: {
  id: string;
  legend: string;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <fieldset
      className="space-y-2"
      aria-describedby={[hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined}
    >
      <legend className="label">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children}
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </fieldset>
  );
}
