'use client';
// The placement test's questions, band by band (A1 first), with the final test's own question cards,
// countdown and unanswered-questions warning; when the time runs out the form sends itself.
import { useRef, useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { Countdown } from '@/components/learning/test/countdown';
import { QuestionCard, type FormQuestion } from '@/components/learning/test/question-card';
import { UnansweredWarning } from '@/components/learning/test/unanswered-warning';
import { submitPlacementTest } from '@/lib/actions/language/placement-submit';
import { messages } from '@/lib/i18n';
import { isAnswered } from '@/lib/learning/questions/answers';
import { useLocale } from '@/components/locale/locale-provider';

export function PlacementForm({
  bands,
  deadline,
}: {
  bands: { cefr: string; questions: FormQuestion[] }[];
  deadline: string;
}) {
  const locale = useLocale();
  const t = messages(locale).languagePlacement.test;
  const f = useFormAction(submitPlacementTest);
  const form = useRef<HTMLFormElement>(null);
  const skipWarning = useRef(false);
  const [missing, setMissing] = useState<number[] | null>(null);
  const all = bands.flatMap((b) => b.questions);
  const offset = (i: number) => bands.slice(0, i).reduce((n, b) => n + b.questions.length, 0);

  function back() {
    const first = missing?.[0];
    setMissing(null);
    if (first) requestAnimationFrame(() => document.getElementById(`pytanie-${first}`)?.focus());
  }
  function sendAnyway() {
    skipWarning.current = true;
    setMissing(null);
    form.current?.requestSubmit();
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
        const numbers = all.flatMap((q, i) => (isAnswered(q, data) ? [] : [i + 1]));
        if (numbers.length > 0) {
          e.preventDefault();
          setMissing(numbers);
        }
      }}
    >
      <Countdown
        deadline={deadline}
        onEnd={() => {
          skipWarning.current = true;
          form.current?.requestSubmit();
        }}
      />
      <FormMessage state={f.state} />
      {bands.map((b, bi) => (
        <section key={b.cefr} aria-labelledby={`poziom-${b.cefr}`} className="space-y-4" data-testid="placement-band">
          <h2 id={`poziom-${b.cefr}`} className="h2">
            {t.bandHeading(b.cefr)}
          </h2>
          {b.questions.map((q, i) => (
            <QuestionCard key={q.id} q={q} n={offset(bi) + i + 1} total={all.length} />
          ))}
        </section>
      ))}
      {missing ? (
        <UnansweredWarning numbers={missing} onBack={back} onSend={sendAnyway} />
      ) : (
        <SubmitButton className="btn-primary w-full sm:w-auto">{t.send}</SubmitButton>
      )}
    </form>
  );
}
