'use client';
// The "send again" button of a document KSeF rejected (staff, /panel/faktury).
import { ActionForm } from '@/components/forms/action-form';
import { resendKsef } from '@/lib/actions/invoices/resend-ksef';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function KsefResendForm({ documentId }: { documentId: string }) {
  const locale = useLocale();
  return (
    <ActionForm
      action={resendKsef}
      hidden={{ documentId }}
      submit={messages(locale).ksef.panel.resend}
      className="space-y-2"
      buttonClass="btn-secondary whitespace-nowrap text-sm"
    />
  );
}
