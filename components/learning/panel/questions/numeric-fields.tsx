'use client';
// Numeric answer: the value, how far off still counts, and the unit shown beside the field.
import { Field } from '@/components/forms/field';
import { messages } from '@/lib/i18n';
import type { KindProps } from './types';
import { useLocale } from '@/components/locale/locale-provider';

export function NumericFields({ d, update, err, uid }: KindProps) {
  const locale = useLocale();
  const t = messages(locale).panel.courses.questionEditor;
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <Field
        id={`${uid}-value`}
        name="value"
        label={t.value}
        inputMode="decimal"
        hint={t.valueHint}
        defaultValue={d.value}
        onChange={(e) => update({ value: e.target.value })}
        error={err('value')}
      />
      <Field
        id={`${uid}-tolerance`}
        name="tolerance"
        label={t.tolerance}
        inputMode="decimal"
        hint={t.toleranceHint}
        defaultValue={d.tolerance}
        onChange={(e) => update({ tolerance: e.target.value })}
        error={err('tolerance')}
      />
      <Field
        id={`${uid}-unit`}
        name="unit"
        label={t.unit}
        defaultValue={d.unit}
        onChange={(e) => update({ unit: e.target.value })}
        error={err('unit')}
      />
    </div>
  );
}
