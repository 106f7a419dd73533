'use client';
// One student's declaration: the obligatory exams (only the foreign language is chosen), the
// additional written subjects (informatyka asks for its environment) and additional orals as rows
// that can be added; the server checks the whole and puts each error beside its row.
import { useId, useState } from 'react';
import { messages } from '@/lib/i18n';
import { saveDeclarationAction } from '@/lib/actions/planner/declaration-save';
import type { DeclarationChoices, SubjectChoice } from '@/lib/matura/declarations/declaration-page';
import { MAX_FORM_ROWS as MAX_ROWS } from '@/lib/matura/declarations/declaration-form';
import { FieldError } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { useLocale } from '@/components/locale/locale-provider';

function countRows(values: Record<string, string | undefined>, prefix: string): number {
  let n = 0;
  while (values[`${prefix}.${n}.subject`] !== undefined) n++;
  return n;
}

export function DeclarationForm({
  schoolId,
  studentId,
  choices,
  initial,
}: {
  schoolId: string;
  studentId: string;
  choices: DeclarationChoices;
  initial: Record<string, string | undefined>;
}) {
  const locale = useLocale();
  const t = messages(locale).plannerDeclarations;
  const f = useFormAction(saveDeclarationAction);
  const uid = useId().replace(/:/g, '');
  const start = f.state && !f.state.ok ? { ...initial, ...f.state.values } : initial;
  const [adds, setAdds] = useState(Math.max(1, countRows(initial, 'add')));
  const [orals, setOrals] = useState(countRows(initial, 'oral'));
  const [picked, setPicked] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(initial).filter(([k]) => k.endsWith('.subject')) as [string, string][]),
  );
  const v = (name: string) => f.value(name, start[name] ?? '');
  const err = (name: string) => f.error(name);
  // Selects take their defaultValue only when mounted: the form is remounted with what was sent.
  const formKey = JSON.stringify(start);

  const row = (prefix: 'add' | 'oral', i: number, list: SubjectChoice[]) => {
    const name = `${prefix}.${i}`;
    const chosen = list.find((s) => s.code === (picked[`${name}.subject`] ?? v(`${name}.subject`)));
    const label = prefix === 'add' ? t.additional.subject(i + 1) : t.orals.subject(i + 1);
    const subjectError = err(`${name}.subject`);
    return (
      <fieldset key={name} className="space-y-2 rounded border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium">{label}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          <div>
            <label htmlFor={`${uid}-${name}-subject`} className="label">
              {t.additional.subjectLabel}
            </label>
            <select
              id={`${uid}-${name}-subject`}
              name={`${name}.subject`}
              defaultValue={v(`${name}.subject`)}
              className="input"
              aria-invalid={subjectError ? true : undefined}
              onChange={(e) => setPicked((p) => ({ ...p, [`${name}.subject`]: e.target.value }))}
            >
              <option value="">{t.additional.none}</option>
              {list.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${uid}-${name}-level`} className="label">
              {t.additional.level}
            </label>
            <select
              id={`${uid}-${name}-level`}
              name={`${name}.level`}
              defaultValue={v(`${name}.level`)}
              className="input"
            >
              {(chosen?.levels ?? list[0]?.levels ?? []).map((l) => (
                <option key={l.code} value={l.code}>
                  {l.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        {chosen?.environment.map((c) => (
          <div key={c.code}>
            <label htmlFor={`${uid}-${name}-env-${c.code}`} className="label">
              {c.name}
            </label>
            <select
              id={`${uid}-${name}-env-${c.code}`}
              name={`${name}.env.${c.code}`}
              defaultValue={v(`${name}.env.${c.code}`)}
              className="input"
              aria-invalid={err(`${name}.env.${c.code}`) ? true : undefined}
            >
              <option value="">{t.obligatory.choose}</option>
              {c.options.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.name}
                </option>
              ))}
            </select>
            <FieldError>{err(`${name}.env.${c.code}`)}</FieldError>
          </div>
        ))}
        <FieldError>{subjectError}</FieldError>
      </fieldset>
    );
  };

  return (
    <form key={formKey} action={f.action} noValidate className="space-y-5" data-testid="declaration-form">
      <FormMessage state={f.state} />
      <input type="hidden" name="schoolId" value={schoolId} />
      <input type="hidden" name="studentId" value={studentId} />
      <section className="space-y-2">
        <h3 className="h3">{t.obligatory.title}</h3>
        <p className="text-sm">{t.obligatory.written}</p>
        <p className="text-sm">{t.obligatory.oral}</p>
        <div className="max-w-sm">
          <label htmlFor={`${uid}-foreign`} className="label">
            {t.obligatory.foreign}
          </label>
          <select
            id={`${uid}-foreign`}
            name="foreign"
            defaultValue={v('foreign')}
            className="input"
            aria-invalid={err('foreign') ? true : undefined}
          >
            <option value="">{t.obligatory.choose}</option>
            {choices.foreign.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <FieldError>{err('foreign')}</FieldError>
        <FieldError>{err('obligatory')}</FieldError>
      </section>
      <section className="space-y-2">
        <h3 className="h3">{t.additional.title}</h3>
        <p className="muted text-sm">{t.additional.hint}</p>
        <FieldError>{err('additional')}</FieldError>
        {Array.from({ length: adds }, (_, i) => row('add', i, choices.additional))}
        {adds < MAX_ROWS && (
          <button type="button" className="btn-secondary" onClick={() => setAdds((n) => n + 1)}>
            {t.additional.add}
          </button>
        )}
      </section>
      <section className="space-y-2">
        <h3 className="h3">{t.orals.title}</h3>
        <p className="muted text-sm">{t.orals.hint}</p>
        {Array.from({ length: orals }, (_, i) => row('oral', i, choices.orals))}
        {orals < MAX_ROWS && (
          <button type="button" className="btn-secondary" onClick={() => setOrals((n) => n + 1)}>
            {t.orals.add}
          </button>
        )}
      </section>
      <SubmitButton className="btn-primary">{t.save}</SubmitButton>
    </form>
  );
}
