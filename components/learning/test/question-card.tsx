'use client';
// One question of the attempt: its number, points and what to do, the text (rendered on the
// server and passed in), its image or audio clip, and the input of its kind.
import type { ReactNode } from 'react';
import { messages } from '@/lib/i18n';
import { answerField } from '@/lib/learning/questions/answers';
import type { TakingQuestion } from '@/lib/learning/questions/config';
import { ChoiceInput } from './choice-input';
import { GapFillInput } from './gap-fill-input';
import { MatchingInput } from './matching-input';
import { OrderingInput } from './ordering-input';
import type { RenderedParts } from './rendered-parts';
import { useLocale } from '@/components/locale/locale-provider';

export type FormQuestion = TakingQuestion & RenderedParts & { body: ReactNode; pointsLabel: string };

export function QuestionCard({ q, n, total }: { q: FormQuestion; n: number; total: number }) {
  const locale = useLocale();
  const t = messages(locale);
  const hint = t.quiz.kindHint[q.kind];
  return (
    <fieldset id={`pytanie-${n}`} className="card scroll-mt-20 space-y-3" data-testid="question" tabIndex={-1}>
      <legend className="sr-only">{t.learning.questionN(n, total)}</legend>
      <p className="flex items-baseline justify-between gap-3 text-sm font-medium text-slate-600" aria-hidden="true">
        <span className="flex-1">
          {t.learning.questionN(n, total)} · {hint}
        </span>
        <span className="shrink-0 rounded bg-slate-100 px-2 py-0.5 font-semibold text-slate-800">
          {t.quiz.points(q.pointsLabel)}
        </span>
      </p>
      <p className="sr-only">
        {hint}, {t.quiz.points(q.pointsLabel)}
      </p>
      {q.kind !== 'GAP_FILL' && (
        <div className="font-semibold text-slate-900" data-testid="question-text" data-course-content>
          {q.body}
        </div>
      )}
      {q.media && <QuestionMedia media={q.media} n={n} />}
      <QuestionInput q={q} />
    </fieldset>
  );
}

function QuestionMedia({ media, n }: { media: NonNullable<TakingQuestion['media']>; n: number }) {
  const locale = useLocale();
  const t = messages(locale).quiz;
  if (media.mimeType.startsWith('audio/'))
    return <audio controls preload="none" src={media.url} aria-label={t.audioLabel} className="w-full" />;
  // eslint-disable-next-line @next/next/no-img-element -- a course file behind access checks, not a static asset
  return <img src={media.url} alt={t.imageAlt(n)} className="max-h-80 max-w-full rounded border border-slate-200" />;
}

function QuestionInput({ q }: { q: FormQuestion }) {
  const locale = useLocale();
  const t = messages(locale).quiz;
  switch (q.kind) {
    case 'SINGLE':
    case 'MULTIPLE':
      return (
        <ChoiceInput questionId={q.id} options={q.options ?? []} labels={q.labels} multiple={q.kind === 'MULTIPLE'} />
      );
    case 'TRUE_FALSE':
      return (
        <ChoiceInput
          questionId={q.id}
          options={[
            { id: 'true', text: t.trueLabel },
            { id: 'false', text: t.falseLabel },
          ]}
          multiple={false}
        />
      );
    case 'GAP_FILL':
      return <GapFillInput questionId={q.id} text={q.text} segments={q.segments} gaps={q.gaps ?? []} />;
    case 'MATCHING':
      return <MatchingInput questionId={q.id} lefts={q.lefts ?? []} labels={q.labels} rights={q.rights ?? []} />;
    case 'ORDERING':
      return <OrderingInput questionId={q.id} items={q.items ?? []} labels={q.labels} />;
    case 'SHORT_ANSWER':
    case 'NUMERIC': {
      const id = `a-${q.id}`;
      const numeric = q.kind === 'NUMERIC';
      return (
        <div className="space-y-1">
          <label htmlFor={id} className="label">
            {t.answerLabel}
          </label>
          <div className="flex items-center gap-2">
            <input
              id={id}
              name={answerField.main(q.id)}
              type="text"
              inputMode={numeric ? 'decimal' : 'text'}
              autoComplete="off"
              spellCheck={false}
              className={`input ${numeric ? 'max-w-40' : ''}`}
              aria-describedby={numeric && q.unit ? `${id}-unit` : undefined}
            />
            {numeric && q.unit && (
              <span id={`${id}-unit`} className="font-medium text-slate-700">
                {q.unit}
              </span>
            )}
          </div>
        </div>
      );
    }
  }
}
