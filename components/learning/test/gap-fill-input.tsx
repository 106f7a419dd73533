'use client';
// A cloze text with its gaps in place: the text is split at the [[n]] markers and each marker
// becomes a typed field or a drop-down, labelled "Luka n" for screen readers.
import { Fragment, type ReactNode } from 'react';
import { messages } from '@/lib/i18n';
import { answerField } from '@/lib/learning/questions/answers';
import { useLocale } from '@/components/locale/locale-provider';

const MARKER = /\[\[(\d{1,2})\]\]/;

export function GapFillInput({
  questionId,
  text,
  segments,
  gaps,
}: {
  questionId: string;
  text: string;
  /** The text between the gaps rendered on the server (maths, emphasis); plain text when missing. */
  segments?: ReactNode[];
  gaps: { choices: string[] | null }[];
}) {
  const locale = useLocale();
  const t = messages(locale).quiz;
  // split with a capture group: even items are text, odd items are gap numbers.
  const parts = text.split(new RegExp(MARKER.source, 'g'));
  return (
    <div className="leading-10 whitespace-pre-line text-slate-900" data-testid="question-text">
      {parts.map((part, i) => {
        if (i % 2 === 0) return <Fragment key={i}>{segments?.[i / 2] ?? part}</Fragment>;
        const n = Number(part);
        const gap = gaps[n - 1];
        if (!gap) return <Fragment key={i}>{`[[${part}]]`}</Fragment>;
        const name = answerField.gap(questionId, n - 1);
        const common = {
          name,
          'aria-label': t.gapLabel(n),
          className:
            'mx-1 inline-block h-9 w-36 max-w-full rounded-md border border-slate-400 bg-white px-2 align-baseline',
        };
        return gap.choices ? (
          <select key={i} {...common} defaultValue="">
            <option value="">{t.choose}</option>
            {gap.choices.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        ) : (
          <input key={i} {...common} type="text" autoComplete="off" spellCheck={false} />
        );
      })}
    </div>
  );
}
