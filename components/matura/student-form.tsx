'use client';
// A student's data, typed: add (empty, resets after a success) or edit (the stored values).
import { messages } from '@/lib/i18n';
import { addStudentAction } from '@/lib/actions/planner/student-add';
import { updateStudentAction } from '@/lib/actions/planner/student-update';
import { CheckboxField, Field, SelectField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { useLocale } from '@/components/locale/locale-provider';

export type StudentFormValues = {
  id: string;
  firstName: string;
  lastName: string;
  className: string;
  formula: string;
  vocationalExemption: boolean;
  lateStart: boolean;
  resit: boolean;
};

export function StudentForm({ schoolId, student }: { schoolId: string; student?: StudentFormValues }) {
  const locale = useLocale();
  const t = messages(locale).plannerStudents;
  const f = useFormAction(student ? updateStudentAction : addStudentAction);
  // After a successful add the form is remounted empty for the next student.
  const key = f.ok && !student ? String(f.message) : 'form';
  return (
    <form key={key} action={f.action} noValidate className="space-y-3">
      <FormMessage state={f.state} />
      <input type="hidden" name="schoolId" value={schoolId} />
      {student && <input type="hidden" name="studentId" value={student.id} />}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field
          name="lastName"
          label={t.fields.lastName}
          defaultValue={f.value('lastName', student?.lastName ?? '')}
          error={f.error('lastName')}
          autoComplete="off"
        />
        <Field
          name="firstName"
          label={t.fields.firstName}
          defaultValue={f.value('firstName', student?.firstName ?? '')}
          error={f.error('firstName')}
          autoComplete="off"
        />
        <Field
          name="className"
          label={t.fields.className}
          hint={t.fields.classNameHint}
          defaultValue={f.value('className', student?.className ?? '')}
          error={f.error('className')}
          autoComplete="off"
        />
      </div>
      <SelectField
        name="formula"
        label={t.fields.formula}
        defaultValue={f.value('formula', student?.formula ?? '2023')}
        error={f.error('formula')}
        options={Object.entries(messages(locale).matura.formulas).map(([value, label]) => ({ value, label }))}
      />
      <CheckboxField
        name="vocationalExemption"
        label={t.fields.vocationalExemption}
        defaultChecked={f.checked('vocationalExemption', student?.vocationalExemption ?? false)}
        error={f.error('vocationalExemption')}
      />
      <CheckboxField
        name="lateStart"
        label={t.fields.lateStart}
        defaultChecked={f.checked('lateStart', student?.lateStart ?? false)}
      />
      {student && (
        <CheckboxField name="resit" label={t.fields.resit} defaultChecked={f.checked('resit', student.resit)} />
      )}
      <SubmitButton className="btn-primary">{student ? t.edit.submit : t.add.submit}</SubmitButton>
    </form>
  );
}
