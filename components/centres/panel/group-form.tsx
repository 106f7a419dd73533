'use client';
// A school year's group: centre, programme, teacher, the weekly slot, the number of classes (the
// last day follows from it) and the three prices; choosing a partner school proposes 28 classes.
import { useState } from 'react';
import { CheckboxField, Field, SelectField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { createCentreGroupAction } from '@/lib/actions/centres/panel/group';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

type Choices = {
  centres: { id: string; name: string; kind: string }[];
  programmes: { id: string; name: string; minAge: number; maxAge: number }[];
  teachers: { id: string; firstName: string; lastName: string }[];
  years: number[];
};

export function CentreGroupForm({ choices, defaults }: { choices: Choices; defaults: Record<string, string> }) {
  const locale = useLocale();
  const f = useFormAction(createCentreGroupAction);
  const m = messages(locale).centresPanel;
  const t = m.form;
  const v = (k: string) => f.value(k, defaults[k] ?? '');
  const [classes, setClasses] = useState<string | null>(null);
  const num = (name: string, label: string, extra: { min?: number; max?: number; hint?: string } = {}) => (
    <Field name={name} type="number" label={label} defaultValue={v(name)} error={f.error(name)} {...extra} />
  );
  const money = (name: string, label: string) => (
    <Field name={name} inputMode="decimal" label={label} defaultValue={v(name)} error={f.error(name)} />
  );
  const kindOf = (id: string) => choices.centres.find((c) => c.id === id)?.kind;
  return (
    <form action={f.action} className="space-y-6" noValidate>
      <FormMessage state={f.state} />
      <fieldset className="space-y-4">
        <legend className="h2">{t.basics}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="centreId"
            label={t.centre}
            defaultValue={v('centreId')}
            error={f.error('centreId')}
            onChange={(e) => setClasses(kindOf(e.target.value) === 'PARTNER_SCHOOL' ? '28' : '32')}
            options={[
              { value: '', label: t.chooseCentre },
              ...choices.centres.map((c) => ({ value: c.id, label: `${c.name} (${m.kinds[c.kind]})` })),
            ]}
          />
          <SelectField
            name="programmeId"
            label={t.programme}
            defaultValue={v('programmeId')}
            error={f.error('programmeId')}
            options={[
              { value: '', label: t.chooseProgramme },
              ...choices.programmes.map((p) => ({
                value: p.id,
                label: `${p.name} (${m.programmes.ages(p.minAge, p.maxAge)})`,
              })),
            ]}
          />
          <SelectField
            name="schoolYear"
            label={t.schoolYear}
            defaultValue={v('schoolYear')}
            error={f.error('schoolYear')}
            options={choices.years.map((y) => ({ value: String(y), label: t.yearLabel(y) }))}
          />
          <SelectField
            name="teacherId"
            label={t.teacher}
            defaultValue={v('teacherId')}
            error={f.error('teacherId')}
            options={[
              { value: '', label: t.chooseTeacher },
              ...choices.teachers.map((p) => ({ value: p.id, label: `${p.firstName} ${p.lastName}` })),
            ]}
          />
          {num('capacity', t.capacity, { min: 6, max: 12 })}
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="h2">{t.schedule}</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            name="weekday"
            label={t.weekday}
            defaultValue={v('weekday')}
            error={f.error('weekday')}
            options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({
              value: String(d),
              label: messages(locale).livePanel.weekdays[d],
            }))}
          />
          <Field
            name="startTime"
            type="time"
            label={t.startTime}
            defaultValue={v('startTime')}
            error={f.error('startTime')}
          />
          {num('durationMinutes', t.duration, { min: 1 })}
          {num('breakMinutes', t.breakMinutes, { min: 0 })}
          <Field
            name="firstDay"
            type="date"
            label={t.firstDay}
            hint={t.firstDayHint}
            defaultValue={v('firstDay')}
            error={f.error('firstDay')}
          />
          <Field
            key={classes ?? 'classes'}
            name="classes"
            type="number"
            min={1}
            max={60}
            label={t.classes}
            hint={t.classesHint}
            defaultValue={classes ?? v('classes')}
            error={f.error('classes')}
          />
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="h2">{t.pricing}</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          {money('priceAnnual', t.priceAnnual)}
          {money('priceHalf', t.priceHalf)}
          {money('priceTen', t.priceTen)}
        </div>
        <CheckboxField
          key={`pack-${f.failed}`}
          name="starterPack"
          label={t.starterPack}
          defaultChecked={f.checked('starterPack', true)}
          error={f.error('starterPack')}
        />
      </fieldset>
      <SubmitButton className="btn-primary">{t.create}</SubmitButton>
    </form>
  );
}
