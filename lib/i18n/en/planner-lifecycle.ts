// English catalogue: the matura planner's licence lifecycle. Mirrors lib/i18n/pl/planner-lifecycle.ts key for key.
import type { Messages } from '../pl';
import { pluralEn } from '@/lib/format/plural';

const days = (n: number) => `${n} ${pluralEn(n, 'day', 'days')}`;

export const plannerLifecycle: Messages['plannerLifecycle'] = {
  page: {
    title: 'Licence',
    state: 'Licence state',
    examYear: 'Exam year',
    examYearValue: (y: number) => `matura ${y} (school year ${y - 1}/${y})`,
    period: 'Licence period',
    periodValue: (from: string, to: string) => `${from} – ${to}`,
    phase: 'Stage',
    access: 'Access',
    contract: 'Contract',
    unpaid: (number: string, amount: string, deadline: string) =>
      `To pay: ${amount} for pro forma invoice ${number}, due ${deadline}.`,
    proforma: 'Download the pro forma invoice',
    pay: 'Pay with PayU',
    payerOnly: 'The pro forma invoice and payment are visible to the person who ordered the licence.',
    dates: 'Dates',
    readOnlyFrom: 'Read-only and export from',
    purgeOn: 'Deletion of student, declaration and team data',
    renewalFrom: 'Renewal offer from',
    renewedNote:
      "The school has paid for next year's licence: until 30 July the planner works without limits, then students resitting the exam move to the new licence and this year's graduates' data is deleted.",
    exportsHint: 'Download the printouts and exports before the data is deleted.',
    exports: 'Printouts and exports',
  },
  renewal: {
    title: 'Licence renewal',
    none: 'The renewal offer will be sent to head teachers on 1 June of the exam year.',
    lapsed: "The renewal offer wasn't paid on time. Next year's licence can be ordered again.",
    order: "Order next year's licence",
    offered: (examYear: number, number: string, amount: string, deadline: string) =>
      `Licence for the ${examYear} matura: pro forma invoice ${number} for ${amount}, payment due ${deadline}.`,
    paid: (examYear: number) => `The licence for the ${examYear} matura is paid.`,
    starts: (day: string) => `The renewed licence applies from ${day}.`,
    carried: (n: number) =>
      n === 1
        ? 'The student resitting the exam will be moved to the new licence.'
        : `The students resitting the exam (${n}) will be moved to the new licence.`,
  },
  erase: {
    title: "Deleting the school's data",
    intro:
      'The head teacher can delete the data of students, declarations, rooms and teams from this licence at any time. Invoices and the contract stay (tax law). This cannot be undone.',
    name: "Type the school's name to confirm",
    submit: "Delete the school's data",
    confirm: 'Are you sure you want to delete the data? This cannot be undone.',
    done: (students: number) => `Data deleted (students: ${students}).`,
    nameMismatch: "The name you typed is not the school's name.",
    erased: (at: string) => `This licence's data was deleted on ${at}.`,
    directorOnly: "Only the head teacher can delete the school's data.",
  },
  purged: (at: string) => `This licence's data was deleted automatically on ${at}, 30 days after it expired.`,
  complaint: {
    title: 'Complaint',
    intro: (n: number) =>
      `We will respond to the complaint within ${n} calendar ${pluralEn(n, 'day', 'days')} of receiving it.`,
    description: 'What is the problem',
    demand: 'What do you expect',
    submit: 'Send the complaint',
    sent: (number: string, lastDay: string) =>
      `We have received complaint ${number}. We will respond by ${lastDay} at the latest; we have sent a confirmation by e-mail.`,
    list: "The school's complaints",
    due: (lastDay: string) => `response due by ${lastDay}`,
    answered: (at: string) => `answered on ${at}`,
  },
  emails: {
    renewal: {
      subject: (examYear: number, number: string) =>
        `Renewal of the planner licence for the ${examYear} matura — pro forma ${number}`,
      intro: (school: string, examYear: number, number: string) =>
        `The matura planner licence for ${school} expires on 30 June. We have prepared a renewal for the ${examYear} matura (contract ${number}); once it is paid the planner keeps working through the summer holidays, and on 30 July students resitting the exam move to the new licence (the other graduates' data is then deleted — download any printouts you need beforehand).`,
      amount: (amount: string) => `Amount to pay: ${amount}.`,
      account: (account: string) => `Account number: ${account}.`,
      title: (number: string) => `Transfer title: ${number}.`,
      deadline: (day: string) => `Payment due: ${day}.`,
      notRenewing:
        "If the school doesn't renew the licence, from 1 July the data will be read-only and exportable for 30 days, and then deleted.",
      attached: 'The pro forma invoice and the licence terms are attached.',
      button: 'Go to the licence',
    },
    reminder: {
      subject: (school: string, n: number) => `In ${days(n)} we will delete ${school}'s data from the matura planner`,
      intro: (school: string, examYear: number) =>
        `The matura planner licence for ${school} (${examYear} matura) has expired and was not renewed.`,
      when: (lastDay: string) =>
        `The data of students, declarations, rooms and teams is read-only until ${lastDay} inclusive; after that we will delete it permanently.`,
      exports: 'Download the printouts and exports you need now:',
      button: 'Printouts and exports',
      renew: 'Renewing the licence before that date keeps the data.',
    },
  },
  termination: {
    title: 'Termination of the contract for non-performance (proportional refund)',
    intro:
      'When the service is not provided, the school can terminate the contract; we refund the fee in proportion to the days left until 30 June (the day of termination counts as a day of service). Accounting sends the refund by bank transfer within 14 days; after it we issue a corrective invoice.',
    empty: 'There are no paid, running licences.',
    columns: { school: 'School', licence: 'Licence', paid: 'Paid', refund: 'Refund today' },
    refund: (amount: string, daysLeft: number, daysPaid: number) => `${amount} (${daysLeft} of ${daysPaid} days)`,
    submit: 'Terminate the contract',
    confirm: (school: string, amount: string) =>
      `Terminate the licence contract of ${school} for non-performance of the service? Refund: ${amount}. This cannot be undone.`,
    done: (amount: string) =>
      `The contract has been terminated; the refund of ${amount} is waiting to be sent by accounting.`,
    notActive: "This licence can no longer be terminated: the contract isn't active or the licence has expired.",
  },
  errors: {
    nameMismatch: "The name you typed is not the school's name.",
    nothingToErase: "This licence's data has already been deleted.",
  },
};
