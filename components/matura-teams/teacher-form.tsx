'use client';
// Adding or changing one of the school's teachers: name, subjects taught (the year's list), from
// another school or not, and optionally the school's staff account it is (Z1, Z4, Z5).
import { Field, CheckboxField, SelectField, FieldError } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { saveTeacherAction } from '@/lib/actions/planner/teams-teachers';
import { messages } from '@/lib/i18n';
import type { TeacherRow } from '@/lib/matura/teams/teachers';
import { useLocale } from '@/components/locale/locale-provider';

export function TeacherForm({
  schoolId,
  subjects,
  staff,
  teacher,
}: {
  schoolId: string;
  subjects: { code: string; name: string }[];
  staff: { userId: string; name: string }[];
  teacher?: TeacherRow;
}) {
  const locale = useLocale();
  const t = messages(locale).plannerTeams.teachers;
  const f = useFormAction(saveTeacherAction);
  const chosen = new Set(teacher?.subjects ?? []);
  const key = teacher?.id ?? 'new';
  return (
    <form action={f.action} className="space-y-3" noValidate>
      <FormMessage state={f.state} />
      <input type="hidden" name="schoolId" value={schoolId} />
      {teacher && <input type="hidden" name="teacherId" value={teacher.id} />}
      <Field
        name="name"
        label={t.name}
        defaultValue={f.value('name', teacher?.name ?? '')}
        error={f.error('name')}
        autoComplete="off"
        maxLength={120}
      />
      <fieldset className="space-y-1">
        <legend className="label">{t.subjects}</legend>
        <div className="grid grid-cols-1 gap-1 sm:grid-cols-2 lg:grid-cols-3">
          {subjects.map((s) => (
            <label key={s.code} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="subjects"
                value={s.code}
                defaultChecked={chosen.has(s.code)}
                className="h-4 w-4"
              />
              {s.name}
            </label>
          ))}
        </div>
        <FieldError>{f.error('subjects')}</FieldError>
      </fieldset>
      <CheckboxField
        id={`external-${key}`}
        name="external"
        label={t.external}
        defaultChecked={f.failed ? f.checked('external') : (teacher?.external ?? false)}
        error={f.error('external')}
      />
      <SelectField
        name="userId"
        label={t.account}
        defaultValue={f.value('userId', teacher?.userId ?? '')}
        error={f.error('userId')}
        options={[{ value: '', label: t.chooseAccount }, ...staff.map((s) => ({ value: s.userId, label: s.name }))]}
      />
      <SubmitButton className="btn-primary">{teacher ? t.save : t.add}</SubmitButton>
    </form>
  );
}
