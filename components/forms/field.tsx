'use client';
import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

type Common = { name: string; label: ReactNode; error?: string; hint?: ReactNode; id?: string };

/** Ids for a field, its hint and its error; unique per render so two forms never share them. */
function useFieldIds(name: string, id: string | undefined, hint: unknown, error: unknown) {
  const auto = useId();
  const inputId = id ?? `f-${name}-${auto.replace(/:/g, '')}`;
  const describedBy = [hint && `${inputId}-hint`, error && `${inputId}-error`].filter(Boolean).join(' ') || undefined;
  return { inputId, describedBy, invalid: error ? true : undefined };
}

function Hint({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
      {children}
    </p>
  ) : null;
}

/** The error beside a field, announced to screen readers. */
export function FieldError({ id, children }: { id?: string; children?: ReactNode }) {
  return children ? (
    <p id={id} className="field-error" role="alert">
      {children}
    </p>
  ) : null;
}

/** A labelled input with its error right beside it, announced to screen readers. */
export function Field({ name, label, error, hint, id, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const f = useFieldIds(name, id, hint, error);
  return (
    <div>
      <label htmlFor={f.inputId} className="label">
        {label}
      </label>
      <input
        id={f.inputId}
        name={name}
        className="input"
        aria-invalid={f.invalid}
        aria-describedby={f.describedBy}
        {...input}
      />
      <Hint id={f.inputId}>{hint}</Hint>
      <FieldError id={`${f.inputId}-error`}>{error}</FieldError>
    </div>
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
  const f = useFieldIds(name, id, hint, error);
  return (
    <div>
      <label htmlFor={f.inputId} className="label">
        {label}
      </label>
      <textarea
        id={f.inputId}
        name={name}
        className={className}
        aria-invalid={f.invalid}
        aria-describedby={f.describedBy}
        {...rest}
      />
      <Hint id={f.inputId}>{hint}</Hint>
      <FieldError id={`${f.inputId}-error`}>{error}</FieldError>
    </div>
  );
}

/** A labelled select with its error beside it: options as data, or as children. */
export function SelectField({
  name,
  label,
  error,
  hint,
  id,
  options,
  children,
  ...rest
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options?: { value: string; label: string }[] }) {
  const f = useFieldIds(name, id, hint, error);
  return (
    <div>
      <label htmlFor={f.inputId} className="label">
        {label}
      </label>
      <select
        id={f.inputId}
        name={name}
        className="input"
        aria-invalid={f.invalid}
        aria-describedby={f.describedBy}
        {...rest}
      >
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {children}
      </select>
      <Hint id={f.inputId}>{hint}</Hint>
      <FieldError id={`${f.inputId}-error`}>{error}</FieldError>
    </div>
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
  const f = useFieldIds(name, id, hint, error);
  return (
    <div>
      <div className="flex items-start gap-2">
        <input
          id={f.inputId}
          name={name}
          type="checkbox"
          className="mt-1 h-4 w-4 shrink-0"
          aria-invalid={f.invalid}
          aria-describedby={f.describedBy}
          {...rest}
        />
        <label htmlFor={f.inputId} className="text-sm">
          {label}
        </label>
      </div>
      {children}
      <Hint id={f.inputId}>{hint}</Hint>
      <FieldError id={`${f.inputId}-error`}>{error}</FieldError>
    </div>
  );
}
