'use client';
// The questions of one attempt (never the key) in one form. Before sending, unanswered questions
// are listed in the page; when the time runs out the form sends itself without asking.
import { useRef, useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { submitAttempt } from '@/lib/actions/learning/submit-attempt';
import { messages } from '@/lib/i18n';
import { isAnswered } from '@/lib/learning/questions/answers';
import { Countdown } from './test/countdown';
import { QuestionCard, type FormQuestion } from './test/question-card';
import { UnansweredWarning } from './test/unanswered-warning';
import { useLocale } from '@/components/locale/locale-provider';

export type { FormQuestion };

export function TestForm({
  attemptId,
  questions,
  deadline,
}: {
  attemptId: string;
  questions: FormQuestion[];
  deadline: string | null;
}) {
  const locale = useLocale();
  const t = messages(locale).learning;
  const f = useFormAction(submitAttempt);
  const form = useRef<HTMLFormElement>(null);
  // Time's up or "send anyway": the next submit goes through without the warning.
  const skipWarning = useRef(false);
  const [missing, setMissing] = useState<number[] | null>(null);

  function back() {
    const first = missing?.[0];
    setMissing(null);
    if (first) requestAnimationFrame(() => document.getElementById(`pytanie-${first}`)?.focus());
  }

  return (
    <form
      ref={form}
      action={f.action}
      className="space-y-6"
      noValidate
      onSubmit={(e) => {
        if (skipWarning.current) return;
        const data = new FormData(e.currentTarget);
        const numbers = questions.flatMap((q, i) => (isAnswered(q, data) ? [] : [i + 1]));
        if (numbers.length > 0) {
          e.preventDefault();
          setMissing(numbers);
        }
      }}
    >
      <input type="hidden" name="attemptId" value={attemptId} />
      {deadline && (
        <Countdown
          deadline={deadline}
          onEnd={() => {
            skipWarning.current = true;
            form.current?.requestSubmit();
          }}
        />
      )}
      <FormMessage state={f.state} />
      {questions.map((q, i) => (
        <QuestionCard key={q.id} q={q} n={i + 1} total={questions.length} />
      ))}
      {missing ? (
        <UnansweredWarning
          numbers={missing}
          onBack={back}
          onSend={() => {
            skipWarning.current = true;
            setMissing(null);
            form.current?.requestSubmit();
          }}
        />
      ) : (
        <SubmitButton className="btn-primary w-full sm:w-auto">{t.submitTest}</SubmitButton>
      )}
    </form>
  );
}
