'use client';
// Gap fill: per gap `[[n]]` of the text its accepted answers and, optionally, the choices that
// make it a drop-down. The marker button lives beside the text field (question-form.tsx).
import { FieldError } from '@/components/forms/field';
import { messages } from '@/lib/i18n';
import { Group } from './group';
import { RowButtons } from './row-buttons';
import { TextMatchingFields } from './text-matching-fields';
import { newRowKey, type KindProps } from './types';
import { useLocale } from '@/components/locale/locale-provider';

export function GapFields(props: KindProps) {
  const locale = useLocale();
  const { d, update, err, uid } = props;
  const t = messages(locale).panel.courses.questionEditor;
  const set = (i: number, patch: Partial<(typeof d.gaps)[number]>) =>
    update({ gaps: d.gaps.map((g, j) => (j === i ? { ...g, ...patch } : g)) });
  return (
    <>
      <Group id={`${uid}-gaps`} legend={t.gaps} hint={t.gapChoicesHint} error={err('gaps')}>
        {d.gaps.map((g, i) => {
          const id = `${uid}-gap${i}`;
          const error = err(`gap_${i}`);
          return (
            <div key={g.key} className="space-y-2 rounded-lg border border-slate-200 p-3">
              <div className="flex items-center justify-between gap-2">
                <span className="text-sm font-medium">{t.gap(i + 1)}</span>
                <RowButtons
                  label={t.gap(i + 1)}
                  onRemove={d.gaps.length > 1 ? () => update({ gaps: d.gaps.filter((_, j) => j !== i) }) : undefined}
                />
              </div>
              <div className="grid gap-3 sm:grid-cols-2">
                <div>
                  <label htmlFor={`${id}-a`} className="label">
                    {t.gapAccepted(i + 1)}
                  </label>
                  <textarea
                    id={`${id}-a`}
                    name={`gap_${i}_accepted`}
                    className="input"
                    rows={2}
                    defaultValue={g.accepted}
                    onChange={(e) => set(i, { accepted: e.target.value })}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${id}-error` : undefined}
                  />
                </div>
                <div>
                  <label htmlFor={`${id}-c`} className="label">
                    {t.gapChoices(i + 1)}
                  </label>
                  <textarea
                    id={`${id}-c`}
                    name={`gap_${i}_choices`}
                    className="input"
                    rows={2}
                    defaultValue={g.choices}
                    onChange={(e) => set(i, { choices: e.target.value })}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${id}-error` : undefined}
                  />
                </div>
              </div>
              <FieldError id={`${id}-error`}>{error}</FieldError>
            </div>
          );
        })}
        <button
          type="button"
          className="btn-secondary"
          onClick={() => update({ gaps: [...d.gaps, { key: newRowKey(), accepted: '', choices: '' }] })}
        >
          {t.addGap}
        </button>
      </Group>
      <TextMatchingFields {...props} />
    </>
  );
}
