'use client';
// The payer's "withdraw" button after a declared discount was rejected (S7 §2.4), for the contract
// page of the account (helper "ui" places it while the rejection is within its 14 days).
import { ActionForm } from '@/components/forms/action-form';
import { withdrawAfterDiscountRejection } from '@/lib/actions/billing/discounts-withdraw';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function WithdrawAfterRejectionForm({ contractId }: { contractId: string }) {
  const locale = useLocale();
  return (
    <ActionForm
      action={withdrawAfterDiscountRejection}
      hidden={{ contractId }}
      submit={messages(locale).discounts.withdraw.submit}
      buttonClass="btn-danger"
    />
  );
}
