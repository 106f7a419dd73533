'use client';
import { useEffect, useRef, useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { submitAttempt } from '@/lib/actions/learning/submit-attempt';
import { messages } from '@/lib/i18n';

export type TestQuestion = {
  id: string;
  kind: import('@/lib/learning/questions/config').QuestionKindCode;
  text: string;
  options: { id: string; text: string }[];
};

/**
 * The questions of one attempt (never the key). The countdown is a convenience: the server
 * enforces the limit; at zero the form sends itself so answers given in time still count.
 */
export function TestForm({
  attemptId,
  questions,
  deadline,
}: {
  attemptId: string;
  questions: TestQuestion[];
  deadline: string | null;
}) {
  const t = messages().learning;
  const f = useFormAction(submitAttempt);
  const form = useRef<HTMLFormElement>(null);
  // Time's up: the form sends itself without asking (answers given in time still count).
  const timeUp = useRef(false);
  return (
    <form
      ref={form}
      action={f.action}
      className="space-y-6"
      onSubmit={(e) => {
        if (timeUp.current) return;
        const missing = unanswered(e.currentTarget, questions);
        // The server accepts a partial test; the person only confirms they meant to leave gaps.
        if (missing.length > 0 && !window.confirm(t.unansweredConfirm(missing))) e.preventDefault();
      }}
    >
      <input type="hidden" name="attemptId" value={attemptId} />
      {deadline && (
        <Countdown
          deadline={deadline}
          onEnd={() => {
            timeUp.current = true;
            form.current?.requestSubmit();
          }}
        />
      )}
      <FormMessage state={f.state} />
      {questions.map((q, i) => (
        <fieldset key={q.id} className="card space-y-3" data-testid="question">
          <legend className="sr-only">{t.questionN(i + 1, questions.length)}</legend>
          <p className="text-sm font-medium text-slate-600">
            {t.questionN(i + 1, questions.length)} · {q.kind === 'MULTIPLE' ? t.multiple : t.single}
          </p>
          <p className="font-semibold text-slate-900" data-testid="question-text">
            {q.text}
          </p>
          <div className="space-y-2">
            {q.options.map((o) => {
              const id = `o-${q.id}-${o.id}`;
              return (
                <div
                  key={o.id}
                  className="flex items-start gap-3 rounded-lg border border-slate-200 px-3 py-2.5 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
                >
                  <input
                    id={id}
                    type={q.kind === 'MULTIPLE' ? 'checkbox' : 'radio'}
                    name={`q_${q.id}`}
                    value={o.id}
                    defaultChecked={f.value(`q_${q.id}`) === o.id}
                    className="mt-1 h-4 w-4 shrink-0"
                  />
                  <label htmlFor={id} className="flex-1 cursor-pointer">
                    {o.text}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      <SubmitButton className="btn-primary w-full sm:w-auto">{t.submitTest}</SubmitButton>
    </form>
  );
}

/** Numbers (from 1) of the questions with no option ticked. */
export function unanswered(form: HTMLFormElement, questions: TestQuestion[]): number[] {
  const data = new FormData(form);
  return questions.flatMap((q, i) => (data.getAll(`q_${q.id}`).length === 0 ? [i + 1] : []));
}

function Countdown({ deadline, onEnd }: { deadline: string; onEnd: () => void }) {
  const t = messages().learning;
  const end = new Date(deadline).getTime();
  const [left, setLeft] = useState<number | null>(null);
  const fired = useRef(false);
  useEffect(() => {
    const tick = () => {
      const ms = Math.max(0, end - Date.now());
      setLeft(ms);
      if (ms === 0 && !fired.current) {
        fired.current = true;
        onEnd();
      }
    };
    tick();
    const h = setInterval(tick, 1000);
    return () => clearInterval(h);
  }, [end, onEnd]);
  if (left === null) return null;
  const s = Math.ceil(left / 1000);
  const text = left === 0 ? t.timeUp : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  return (
    <p
      className="sticky top-0 z-10 rounded-lg border border-amber-300 bg-amber-50 px-4 py-2 text-sm font-semibold text-amber-900"
      role="timer"
      aria-live="off"
    >
      {t.timeLeft}: <span className="tabular-nums">{text}</span>
    </p>
  );
}
