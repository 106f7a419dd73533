'use client';
// Radios (single choice, true/false) or checkboxes (multiple choice), each with its own label.
import type { ReactNode } from 'react';
import { answerField } from '@/lib/learning/questions/answers';

export function ChoiceInput({
  questionId,
  options,
  labels,
  multiple,
}: {
  questionId: string;
  options: { id: string; text: string }[];
  /** Option texts rendered on the server (maths, emphasis); plain text when missing. */
  labels?: Record<string, ReactNode>;
  multiple: boolean;
}) {
  return (
    <div className="space-y-2">
      {options.map((o) => {
        const id = `o-${questionId}-${o.id}`;
        return (
          <div
            key={o.id}
            className="flex items-start gap-3 rounded-lg border border-slate-200 px-3 py-2.5 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
          >
            <input
              id={id}
              type={multiple ? 'checkbox' : 'radio'}
              name={answerField.main(questionId)}
              value={o.id}
              className="mt-1 h-4 w-4 shrink-0"
            />
            <label htmlFor={id} className="flex-1 cursor-pointer" data-course-content>
              {labels?.[o.id] ?? o.text}
            </label>
          </div>
        );
      })}
    </div>
  );
}
