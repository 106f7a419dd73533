'use client';
import { useFormStatus } from 'react-dom';
import { messages } from '@/lib/i18n';

export function SubmitButton({
  children,
  className = 'btn-primary w-full',
}: {
  children: React.ReactNode;
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {pending ? messages().forms.pending : children}
    </button>
  );
}
