'use client';
// Single and multiple choice: answer rows with a "correct" tick each, added and removed freely.
import { CheckboxField } from '@/components/forms/field';
import { messages } from '@/lib/i18n';
import { Group } from './group';
import { RowButtons } from './row-buttons';
import { newRowKey, type KindProps } from './types';
import { useLocale } from '@/components/locale/locale-provider';

export function ChoiceFields({ d, update, err, uid }: KindProps) {
  const locale = useLocale();
  const t = messages(locale).panel.courses.questionEditor;
  const set = (i: number, patch: Partial<(typeof d.options)[number]>) =>
    update({ options: d.options.map((o, j) => (j === i ? { ...o, ...patch } : o)) });
  return (
    <>
      <Group id={`${uid}-options`} legend={t.options} error={err('options')}>
        {d.options.map((o, i) => (
          <div key={o.key} className="flex items-center gap-2">
            {o.id && <input type="hidden" name={`option_${i}_id`} value={o.id} />}
            <input
              id={`${uid}-oc${i}`}
              type="checkbox"
              name={`option_${i}_correct`}
              className="h-4 w-4 shrink-0"
              defaultChecked={o.correct}
              onChange={(e) => set(i, { correct: e.target.checked })}
              aria-label={t.optionCorrect(i + 1)}
            />
            <label htmlFor={`${uid}-o${i}`} className="sr-only">
              {t.option(i + 1)}
            </label>
            <input
              id={`${uid}-o${i}`}
              name={`option_${i}_text`}
              className="input"
              defaultValue={o.text}
              onChange={(e) => set(i, { text: e.target.value })}
              placeholder={t.option(i + 1)}
            />
            <RowButtons
              label={t.option(i + 1)}
              onRemove={
                d.options.length > 2 ? () => update({ options: d.options.filter((_, j) => j !== i) }) : undefined
              }
            />
          </div>
        ))}
        <button
          type="button"
          className="btn-secondary"
          onClick={() => update({ options: [...d.options, { key: newRowKey(), text: '', correct: false }] })}
        >
          {t.addOption}
        </button>
      </Group>
      {d.kind === 'MULTIPLE' && (
        <CheckboxField
          id={`${uid}-partial`}
          name="partialCredit"
          label={t.partialCredit}
          defaultChecked={d.partialCredit}
          onChange={(e) => update({ partialCredit: e.target.checked })}
        />
      )}
    </>
  );
}
