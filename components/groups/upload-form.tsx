'use client';
import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { FieldError } from '@/components/forms/field';
import { Notice } from '@/components/forms/notice';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

/**
 * Sends one file to a route handler (server actions cap bodies at 1 MB) and shows the refusal
 * beside the field; on success goes where the server says, or refreshes the page.
 */
export function UploadForm({
  action,
  label,
  accept,
  submit,
  testId,
}: {
  action: string;
  label: string;
  accept: string;
  submit: string;
  testId?: string;
}) {
  const locale = useLocale();
  const t = messages(locale).groups.uploadForm;
  const router = useRouter();
  const id = useId().replace(/:/g, '');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    setMessage(null);
    const form = new FormData(e.currentTarget);
    const file = form.get('file');
    if (!(file instanceof File) || (file.size === 0 && !file.name)) {
      setError(t.chooseFile);
      return;
    }
    setPending(true);
    try {
      const res = await fetch(action, { method: 'POST', body: form });
      const body = (await res.json().catch(() => null)) as {
        ok?: boolean;
        error?: string;
        message?: string;
        redirect?: string;
      } | null;
      if (!res.ok || !body?.ok) {
        setError(body?.error ?? t.failed);
        return;
      }
      if (body.redirect) router.push(body.redirect);
      else {
        setMessage(body.message ?? null);
        router.refresh();
      }
    } catch {
      setError(t.offline);
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid={testId}>
      <div>
        <label htmlFor={`file-${id}`} className="label">
          {label}
        </label>
        <input
          id={`file-${id}`}
          name="file"
          type="file"
          accept={accept}
          className="input"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `file-${id}-error` : undefined}
        />
        <FieldError id={`file-${id}-error`}>{error}</FieldError>
      </div>
      {message && (
        <Notice tone="success" role="status" small>
          {message}
        </Notice>
      )}
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? t.sending : submit}
      </button>
    </form>
  );
}
