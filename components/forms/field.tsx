'use client';
// Labelled form fields with the error right beside them (aria-invalid, aria-describedby, role
// alert): text input, textarea, select and checkbox share the ids and the hint/error lines.
import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

type Common = { name: string; label: ReactNode; error?: string; hint?: ReactNode; id?: string };

/** The control's id and ARIA wiring; unique per render so two forms on a page never share ids. */
function useControl({ name, id, hint, error }: Omit<Common, 'label'>) {
  const auto = useId();
  const inputId = id ?? `f-${name}-${auto.replace(/:/g, '')}`;
  const describedBy = [hint && `${inputId}-hint`, error && `${inputId}-error`].filter(Boolean).join(' ') || undefined;
  return { id: inputId, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy };
}

/** The error beside a field, announced to screen readers. */
export function FieldError({ id, children }: { id?: string; children?: ReactNode }) {
  return children ? (
    <p id={id} className="field-error" role="alert">
      {children}
    </p>
  ) : null;
}

/** What follows every control: its hint, then its error. */
function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </>
  );
}

/** Label above, control, hint and error below. */
function Stacked({ id, label, hint, error, children }: Omit<Common, 'name'> & { id: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="label">
        {label}
      </label>
      {children}
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

/** A labelled input with its error right beside it, announced to screen readers. */
export function Field({ name, label, error, hint, id, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const c = useControl({ name, id, hint, error });
  return (
    <Stacked id={c.id} label={label} hint={hint} error={error}>
      <input {...c} className="input" {...input} />
    </Stacked>
  );
}

/** A labelled textarea with its error beside it. */
export function TextAreaField({
  name,
  label,
  error,
  hint,
  id,
  className = 'input',
  ...rest
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const c = useControl({ name, id, hint, error });
  return (
    <Stacked id={c.id} label={label} hint={hint} error={error}>
      <textarea {...c} className={className} {...rest} />
    </Stacked>
  );
}

/**
 * A labelled select with its error beside it: options as data, or as children. React applies a
 * select's defaultValue only when it mounts (and resets the form to that after an action), so the
 * select is re-mounted when defaultValue changes: a failed save keeps the option chosen.
 */
export function SelectField({
  name,
  label,
  error,
  hint,
  id,
  options,
  children,
  ...rest
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options?: { value: string; label: string; lang?: string }[] }) {
  const c = useControl({ name, id, hint, error });
  return (
    <Stacked id={c.id} label={label} hint={hint} error={error}>
      <select key={String(rest.defaultValue ?? '')} {...c} className="input" {...rest}>
        {options?.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
        {children}
      </select>
    </Stacked>
  );
}

/** A checkbox with its label beside it (the label may hold links), then its error. */
export function CheckboxField({
  name,
  label,
  error,
  hint,
  id,
  children,
  ...rest
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  const c = useControl({ name, id, hint, error });
  return (
    <div>
      <div className="flex items-start gap-2">
        <input {...c} type="checkbox" className="mt-1 h-4 w-4 shrink-0" {...rest} />
        <label htmlFor={c.id} className="text-sm">
          {label}
        </label>
      </div>
      {children}
      <HintAndError id={c.id} hint={hint} error={error} />
    </div>
  );
}
