'use client';
// The lesson as learners will see it, refreshed ~300 ms after staff stop typing. The HTML is the
// server renderer's sanitised output (lib/actions/learning/preview-lesson.ts), never built here.
import 'katex/dist/katex.min.css';
import { useEffect, useId, useRef, useState } from 'react';
import { Notice } from '@/components/forms/notice';
import { previewLesson } from '@/lib/actions/learning/preview-lesson';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

const DEBOUNCE_MS = 300;

export function LessonPreview({ body }: { body: string }) {
  const locale = useLocale();
  const t = messages(locale).panel.courses.lessonForm;
  const headingId = useId();
  const [shown, setShown] = useState<{ html: string; error?: string }>({ html: '' });
  const [pending, setPending] = useState(false);
  // Only the newest request may paint: an older answer arriving late is dropped.
  const latest = useRef(0);
  useEffect(() => {
    const request = ++latest.current;
    const timer = setTimeout(async () => {
      if (!body.trim()) return setShown({ html: '' });
      setPending(true);
      const form = new FormData();
      form.set('body', body);
      const result = await previewLesson(null, form).catch(() => null);
      if (request !== latest.current) return;
      setPending(false);
      if (result?.ok) setShown({ html: result.data?.html ?? '' });
      else setShown((s) => ({ html: s.html, error: result?.fieldErrors?.body ?? result?.error ?? t.previewFailed }));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [body, t.previewFailed]);
  return (
    <section
      aria-labelledby={headingId}
      aria-busy={pending}
      tabIndex={0}
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4 lg:max-h-[40rem] lg:overflow-y-auto"
    >
      <h3 id={headingId} className="text-sm font-semibold text-slate-700">
        {t.preview} {pending && <span className="font-normal text-slate-600">· {t.previewUpdating}</span>}
      </h3>
      {shown.error && (
        <Notice tone="error" small role="alert">
          {shown.error}
        </Notice>
      )}
      {shown.html ? (
        <div
          data-testid="lesson-preview"
          className="lesson-text lesson-blocks rounded-lg bg-white p-4"
          dangerouslySetInnerHTML={{ __html: shown.html }}
        />
      ) : (
        <p className="text-sm text-slate-600">{t.previewEmpty}</p>
      )}
    </section>
  );
}
