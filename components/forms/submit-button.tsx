'use client';
import { useFormStatus } from 'react-dom';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function SubmitButton({
  children,
  className = 'btn-primary w-full',
}: {
  children: React.ReactNode;
  className?: string;
}) {
  const locale = useLocale();
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {pending ? messages(locale).forms.pending : children}
    </button>
  );
}
