// Where a parent goes once enrolled: the first charge's pay page (LINK, no sign-in needed), the
// pro-forma or the parent's centre page (signed in); a guest not signed in yet reads it beside the form.
import { formatDate } from '@/lib/format/time';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { chargeLinkToken, chargePayPath } from '@/lib/billing/payments/link';
import { openPayLink, payLinkStatusPath } from '@/lib/billing/payments/pay-link';
import { proformaPath } from '@/lib/billing/contracts/sign';
import { PARENT_CENTRE_PATH } from '@/lib/centres/paths';
import type { Enrolled } from './enrol';

/** LINK: `pay` — the caller opens the first charge in PayU (its pay page, chargePayPath, when it cannot). */
export function enrolledNext(r: Enrolled, locale?: string): { pay: string } | { path: string } | { message: string } {
  if (r.payMethod === 'LINK') return { pay: chargePayPath(r.firstChargeId) };
  if (!r.newAccount) return { path: r.payMethod === 'TRANSFER' ? proformaPath(r.firstChargeId) : PARENT_CENTRE_PATH };
  const t = messages(locale).centresEnrol.form;
  const amount = formatMoney(r.firstDue.amount, r.firstDue.currency, locale);
  const day = formatDate(r.firstDue.dueDate, locale);
  return {
    message:
      r.payMethod === 'TRANSFER'
        ? t.doneGuestTransfer(r.number, amount, day, r.proformaNumber ?? '')
        : t.doneGuestDesk(r.number, amount, day),
  };
}

/** After the commit: LINK opens the first charge in PayU as its pay link would (the Live order's way). */
export async function afterEnrolment(
  r: Enrolled,
  customerIp: string,
  locale?: string,
): Promise<{ path: string } | { message: string }> {
  const next = enrolledNext(r, locale);
  if (!('pay' in next)) return next;
  const pay = await openPayLink(chargeLinkToken(r.firstChargeId), r.payerId, customerIp);
  return { path: pay?.kind === 'redirect' ? pay.url : payLinkStatusPath(r.firstChargeId, pay?.state) };
}
