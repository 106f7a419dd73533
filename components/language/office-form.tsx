'use client';
// Writing in the office thread (the learner's message or the office's answer) with up to 3 files:
// posted to the side's route handler (server actions cap bodies at 1 MB); each refusal is shown
// beside its field and what was typed stays; on success the form clears and the thread reloads.
import { useId, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { FieldError, TextAreaField } from '@/components/forms/field';
import { Notice } from '@/components/forms/notice';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

const ACCEPT =
  '.pdf,.jpg,.jpeg,.png,.docx,application/pdf,image/jpeg,image/png,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Answer = { ok?: boolean; error?: string; message?: string; fieldErrors?: Record<string, string> } | null;

export function OfficeMessageForm({
  action,
  label,
  submit,
  hint,
  maxFiles,
}: {
  action: string;
  label: string;
  submit: string;
  hint?: string;
  maxFiles: number;
}) {
  const locale = useLocale();
  const t = messages(locale).languageOffice;
  const router = useRouter();
  const id = useId().replace(/:/g, '');
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setErrors({});
    setFormError(null);
    setSent(null);
    const form = new FormData(e.currentTarget);
    const files = form.getAll('files').filter((f) => f instanceof File && f.size > 0);
    if (files.length > maxFiles) {
      setErrors({ files: t.errors.tooMany(maxFiles) });
      return;
    }
    setPending(true);
    try {
      const res = await fetch(action, { method: 'POST', body: form });
      const answer = (await res.json().catch(() => null)) as Answer;
      if (!res.ok || !answer?.ok) {
        setErrors(answer?.fieldErrors ?? {});
        if (!answer?.fieldErrors) setFormError(answer?.error ?? t.form.failed);
        return;
      }
      formRef.current?.reset();
      setSent(answer.message ?? t.form.sent);
      router.refresh();
    } catch {
      setFormError(t.form.offline);
    } finally {
      setPending(false);
    }
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-3" data-testid="office-form">
      {formError && (
        <Notice tone="error" role="alert" small>
          {formError}
        </Notice>
      )}
      {sent && (
        <Notice tone="success" role="status" small>
          {sent}
        </Notice>
      )}
      <TextAreaField name="body" label={label} rows={6} hint={hint} error={errors.body} required maxLength={5000} />
      <div>
        <label htmlFor={`files-${id}`} className="label">
          {t.form.files}
        </label>
        <input
          id={`files-${id}`}
          name="files"
          type="file"
          multiple
          accept={ACCEPT}
          className="input"
          aria-invalid={errors.files ? true : undefined}
          aria-describedby={[`files-${id}-hint`, errors.files && `files-${id}-error`].filter(Boolean).join(' ')}
        />
        <p id={`files-${id}-hint`} className="mt-1 text-sm text-slate-600">
          {t.form.filesHint}
        </p>
        <FieldError id={`files-${id}-error`}>{errors.files}</FieldError>
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t.form.sending : submit}
      </button>
    </form>
  );
}
