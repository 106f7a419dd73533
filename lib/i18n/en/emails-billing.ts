// English catalogue: the contract (billing) e-mails. Mirrors lib/i18n/pl/emails-billing.ts key for key.
import type { Messages } from '../pl';
import { billing } from './billing';
import { discounts } from './discounts';

export const emailsBilling: Messages['emailsBilling'] = {
  myContracts: 'My contracts',
  payNow: 'Pay now',
  link: (label: string, link: string) => `${label}: ${link}`,
  charge: (number: string, offer: string, label: string, owed: string, due: string) =>
    `Contract ${number} (${offer}): ${label} — ${owed}, due on ${due}.`,
  desk: (place: string | null) =>
    `You can pay in cash or by card at the centre's desk${place ? ` (${place})` : ''}, or online from the link below.`,
  payHere: (link: string) => `Pay here: ${link}`,
  signed: {
    subject: (number: string) => `Contract ${number} signed — please make the first payment`,
    transfer: (number: string, title: string, amount: string, proforma: string | null, due: string) =>
      `We have concluded contract ${number} ("${title}"). It comes into force once we book your transfer of ${amount} as per pro-forma invoice${proforma ? ` ${proforma}` : ''} — the transfer title is the pro-forma's number, due by ${due}. A pro-forma is not a VAT invoice; we will issue the invoice once the payment is booked.`,
    card: (number: string, title: string, label: string, amount: string, due: string) =>
      `We have concluded contract ${number} ("${title}"). It comes into force once the first payment is booked: ${label}, ${amount}, due by ${due}.`,
    proformaButton: 'Download the pro-forma invoice',
    proformaText: 'Pro-forma invoice',
    schedule: 'Payment schedule:',
    scheduleLine: (label: string, amount: string, due: string) => `${label}: ${amount}, due on ${due}`,
    withdrawal: (version: string) =>
      `Terms and conditions, version ${version}. You may withdraw from a contract concluded at a distance within 14 days without giving a reason; payments are refunded within 14 days of receiving your statement.`,
  },
  paid: {
    subject: (number: string) => `Payment received — contract ${number}`,
    received: (amount: string, label: string, number: string, title: string) =>
      `We have received your payment of ${amount} (${label}) for contract ${number} ("${title}").`,
    activated: 'The contract is now in force — your access is active.',
    resumed: 'Your access has been restored. The new monthly billing period is counted from the day of this payment.',
    paidThrough: (day: string) => `Paid up to: ${day}.`,
    next: (amount: string, due: string) => `Next payment: ${amount}, due on ${due}.`,
    classes: (link: string) => `Classes, joining them and materials: ${link}`,
    invoice:
      'You can download the VAT invoice for this payment from the contract page on the site ("Documents" column) as soon as it is issued.',
    classesButton: 'Go to classes',
  },
  cardDeclined: {
    subject: (number: string) => `We could not take the payment from your card — contract ${number}`,
    card: (label: string | null) => (label ? `your saved card ${label}` : 'your saved card'),
    declined: (card: string, amount: string, label: string, number: string) =>
      `The bank declined the charge of ${amount} to ${card} (${label}, contract ${number}).`,
    due: (day: string) => `Payment due on: ${day}.`,
    payFrom:
      'Please pay from the link below (by card, BLIK or bank transfer). Paying by card saves the card for the coming months.',
    payFromText: (link: string) => `Pay from the link (by card, BLIK or bank transfer): ${link}`,
    late: 'If the payment does not arrive on time, access will be suspended as the contract provides.',
  },
  payLink: {
    subject: (label: string, number: string) => `Payment due: ${label} — contract ${number}`,
    lead: 'We have prepared the next payment under your contract.',
    note: 'The payment is created only when you open this link, so the link works right up to the due date.',
  },
  reminder: {
    subject: (number: string) => `Payment reminder — contract ${number}`,
    dueToday: 'The payment is due today.',
    before: (days: number) => (days === 1 ? 'The payment is due tomorrow.' : `The payment is due in ${days} days.`),
    after: (days: number) =>
      days === 1
        ? 'The payment was due yesterday and we have not received it yet.'
        : `The payment was due ${days} days ago and we have not received it yet.`,
    ignore: 'If you have already paid, please ignore this message.',
  },
  suspended: {
    subject: (number: string) => `Access suspended — contract ${number}`,
    lead: 'We did not receive the payment on time, so your access to the course has been suspended.',
    back: 'Once you pay, access returns at once, and the next billing period is counted from the day of payment.',
    ends: (day: string) => `If the payment does not arrive, the contract will expire on ${day}.`,
  },
  demand: {
    subject: (number: string) => `Demand for payment — contract ${number}`,
    lead: (day: string) => `We request payment of the overdue amount by ${day}.`,
    notice: 'If the amount is not paid by then, we may terminate the contract with 7 days’ notice.',
  },
  terminationNotice: {
    subject: (number: string) => `Notice of termination of contract ${number}`,
    lead: (day: string) =>
      `Despite our demand for payment, the amount has not been paid. We are terminating the contract with 7 days’ notice: the contract will expire on ${day} unless we receive the payment by then.`,
  },
  terminated: {
    subject: (number: string) => `Contract ${number} has ended`,
    unpaid: (number: string, offer: string) =>
      `Because of non-payment, contract ${number} (${offer}) has expired and access to the course has ended.`,
    notice: (number: string, offer: string) =>
      `As per the notice given, contract ${number} (${offer}) has come to an end and access to the course has ended. Thank you for learning with us.`,
    owes: 'The overdue amount remains payable:',
  },
  voided: {
    subject: (number: string) => `Order expired — contract ${number}`,
    lead: 'We did not receive the first payment on time, so the order has expired and access has been blocked. Nothing is owed under this contract. If you still want the offer, please place the order again.',
  },
  discount: {
    types: discounts.types,
    acceptedSubject: (discount: string, number: string) => `${discount} granted — contract ${number}`,
    rejectedSubject: (discount: string, number: string) => `${discount} does not apply — contract ${number}`,
    referral: (number: string, offer: string, charge: string) =>
      `For referring a new customer we have granted you a discount on contract ${number} (${offer}). We took it off the payment: ${charge}.`,
    accepted: (discount: string, number: string, offer: string) =>
      `We have verified the discount "${discount}" on contract ${number} (${offer}) — it applies, and the payment schedule does not change.`,
    rejected: (discount: string, number: string, offer: string, reason: string) =>
      `After verification, the discount "${discount}" on contract ${number} (${offer}) does not apply. Reason: ${reason}`,
    fullPrice: 'Under the terms and conditions the full price of the classes applies.',
    raised: (amount: string) => ` The remaining payments went up by ${amount} in total.`,
    topUp: (amount: string, due: string) =>
      `For the payments already made we have added a top-up of ${amount} — due on ${due}.`,
    withdraw: (day: string) =>
      `If the full price does not suit you, you may withdraw from the contract until ${day} — in "My contracts" or through the contact form. We will then refund what you paid (except the non-refundable Learner's Pack).`,
    payTopUp: 'Pay the top-up',
    droppedSubject: (number: string) => `Akcja Kontynuacja discount lost — contract ${number}`,
    dropped: (number: string, offer: string, raised: string | null) =>
      `On contract ${number} (${offer}) one of the payments is more than 30 days overdue, so under the promotion's rules (§2(5)) the Akcja Kontynuacja discount no longer applies. ` +
      `The remaining payments are now at the full price${raised ? ` (${raised} more in total)` : ''}. Payments already made stay as they are.`,
  },
  notice: {
    quote: billing.quote,
    subject: (number: string, withdrawal: boolean) =>
      withdrawal
        ? `Withdrawal from contract ${number} accepted`
        : `Notice of termination of contract ${number} accepted`,
    withdrawal: (number: string, title: string, day: string) =>
      `We have accepted your withdrawal from contract ${number} ("${title}"). The contract ended on ${day}.`,
    notice: (number: string, title: string, day: string) =>
      `We have accepted your notice of termination of contract ${number} ("${title}"). The last day of the contract and of access: ${day}.`,
    refund: (amount: string, by: string | null) =>
      `We will refund ${amount}${by ? ` by ${by} at the latest` : ''}, by the same payment method.`,
    owed: (amount: string) => `Still to be paid: ${amount}.`,
  },
  groupCancelled: {
    subject: (number: string) => `Group cancelled — contract ${number}`,
    how: {
      payu: 'through PayU, to the account the payment came from',
      staff: "by bank transfer or at the centre's desk",
      mixed: "through PayU and (for payments made at the desk or by transfer) by bank transfer or at the centre's desk",
    },
    cancelled: (title: string, child: string, reason: string, number: string) =>
      `We are sorry to tell you that the group "${title}", in which ${child} is enrolled, has been cancelled (${reason}). Contract ${number} ends, and no further instalments will be taken.`,
    held: (held: number, classes: number) =>
      `${held} of ${classes} classes took place. We refund the payments for the classes that will not take place, in proportion to their number; the Learner's Pack is not refundable.`,
    refund: (amount: string, how: string, by: string) => `Refund amount: ${amount} — ${how}, by ${by} at the latest.`,
    noRefund:
      'Your payments do not exceed the value of the classes that took place, so there is nothing to refund and nothing more is owed.',
  },
};
