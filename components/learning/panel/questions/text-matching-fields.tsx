'use client';
// How typed answers are compared (short answer, typed gaps): letter case and Polish diacritics.
import { CheckboxField } from '@/components/forms/field';
import { messages } from '@/lib/i18n';
import type { KindProps } from './types';
import { useLocale } from '@/components/locale/locale-provider';

export function TextMatchingFields({ d, update, uid }: KindProps) {
  const locale = useLocale();
  const t = messages(locale).panel.courses.questionEditor;
  return (
    <div className="space-y-1">
      <CheckboxField
        id={`${uid}-case`}
        name="ignoreCase"
        label={t.ignoreCase}
        defaultChecked={d.ignoreCase}
        onChange={(e) => update({ ignoreCase: e.target.checked })}
      />
      <CheckboxField
        id={`${uid}-diacritics`}
        name="ignoreDiacritics"
        label={t.ignoreDiacritics}
        defaultChecked={d.ignoreDiacritics}
        onChange={(e) => update({ ignoreDiacritics: e.target.checked })}
      />
    </div>
  );
}
