'use client';
// Matching pairs as one drop-down per left item: works the same with a mouse, a keyboard and a phone.
import type { ReactNode } from 'react';
import { messages } from '@/lib/i18n';
import { answerField } from '@/lib/learning/questions/answers';
import { useLocale } from '@/components/locale/locale-provider';

export function MatchingInput({
  questionId,
  lefts,
  labels,
  rights,
}: {
  questionId: string;
  lefts: { id: string; text: string }[];
  /** Left texts rendered on the server; the right ones are <option>s, which hold plain text only. */
  labels?: Record<string, ReactNode>;
  rights: { id: string; text: string }[];
}) {
  const locale = useLocale();
  const t = messages(locale).quiz;
  return (
    <ul className="space-y-2">
      {lefts.map((l) => {
        const id = `m-${questionId}-${l.id}`;
        return (
          <li
            key={l.id}
            className="grid gap-2 rounded-lg border border-slate-200 px-3 py-2.5 sm:grid-cols-2 sm:items-center"
          >
            <label htmlFor={id} className="font-medium">
              {labels?.[l.id] ?? l.text}
            </label>
            <select id={id} name={answerField.pair(questionId, l.id)} className="input" defaultValue="">
              <option value="">{t.choose}</option>
              {rights.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.text}
                </option>
              ))}
            </select>
          </li>
        );
      })}
    </ul>
  );
}
