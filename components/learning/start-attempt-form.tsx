'use client';
import { ActionForm } from '@/components/forms/action-form';
import { startAttempt } from '@/lib/actions/learning/start-attempt';

/** The server decides whether this resumes an open attempt or starts the next one. */
export function StartAttemptForm({ slug, label }: { slug: string; label: string }) {
  return (
    <ActionForm action={startAttempt} hidden={{ slug }} submit={label} buttonClass="btn-primary w-full sm:w-auto" />
  );
}
