'use client';
// Short answer: the accepted answers, one per line, and how strictly they are compared.
import { TextAreaField } from '@/components/forms/field';
import { messages } from '@/lib/i18n';
import { TextMatchingFields } from './text-matching-fields';
import type { KindProps } from './types';
import { useLocale } from '@/components/locale/locale-provider';

export function ShortAnswerFields(props: KindProps) {
  const locale = useLocale();
  const { d, update, err, uid } = props;
  const t = messages(locale).panel.courses.questionEditor;
  return (
    <>
      <TextAreaField
        id={`${uid}-accepted`}
        name="accepted"
        label={t.accepted}
        rows={3}
        defaultValue={d.accepted}
        onChange={(e) => update({ accepted: e.target.value })}
        error={err('accepted')}
      />
      <TextMatchingFields {...props} />
    </>
  );
}
