'use client';
// True / false: which of the two is right.
import { messages } from '@/lib/i18n';
import { Group } from './group';
import type { KindProps } from './types';
import { useLocale } from '@/components/locale/locale-provider';

export function TrueFalseFields({ d, update, err, uid }: KindProps) {
  const locale = useLocale();
  const t = messages(locale).panel.courses.questionEditor;
  return (
    <Group id={`${uid}-answer`} legend={t.answer} error={err('answer')}>
      <div className="flex gap-6">
        {(['true', 'false'] as const).map((v) => (
          <label key={v} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="answer"
              value={v}
              className="h-4 w-4"
              defaultChecked={d.answer === v}
              onChange={() => update({ answer: v })}
            />
            {v === 'true' ? t.answerTrue : t.answerFalse}
          </label>
        ))}
      </div>
    </Group>
  );
}
