'use client';
import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { startAttempt } from '@/lib/actions/learning/start-attempt';

/** The server decides whether this resumes an open attempt or starts the next one. */
export function StartAttemptForm({ slug, label }: { slug: string; label: string }) {
  const [state, action] = useActionState(startAttempt, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="slug" value={slug} />
      <FormMessage state={state} />
      <SubmitButton className="btn-primary w-full sm:w-auto">{label}</SubmitButton>
    </form>
  );
}
