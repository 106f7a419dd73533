// English catalogue: learning centres as the parent sees them. Mirrors lib/i18n/pl/centres-parent.ts key for key.
import type { Messages } from '../pl';

export const centresParent: Messages['centresParent'] = {
  nav: 'Centre classes',
  title: 'Centre classes',
  intro: "Your children's timetable at the learning centres, payments, make-up classes and sign-ups for next year.",
  none: 'None of your children is enrolled in classes at a centre.',
  find: 'Find a group',
  group: {
    where: 'Where',
    when: 'When',
    teacher: 'Teacher',
    contract: 'Contract',
    whenValue: (weekday: string, time: string, minutes: number) => `${weekday}, ${time} (${minutes} min)`,
    year: (y: number) => `School year ${y}/${String((y + 1) % 100).padStart(2, '0')}`,
  },
  guarantee: (day: string) =>
    `Satisfaction guarantee: if you cancel by ${day} inclusive (the day after your child's second class), we refund all payments except the Learner's Pack.`,
  classes: {
    title: 'Timetable',
    summary: (held: number, ahead: number, cancelled: number) =>
      `Held: ${held}, to come: ${ahead}${cancelled > 0 ? `, cancelled: ${cancelled}` : ''}.`,
    next: 'Next class',
    all: (n: number) => `All dates (${n})`,
    colDate: 'Date',
    colTime: 'Time',
    colState: 'Status',
    past: 'held',
    ahead: 'to come',
    cancelled: 'cancelled',
    madeUp: (when: string, where: string) => `made up ${when}, ${where}`,
  },
  payments: {
    title: 'Payments',
    desk: "You can also pay by cash or card at the centre's reception.",
    all: (n: number) => `Full payment schedule (${n})`,
  },
  makeUp: {
    title: 'Making up classes',
    intro: (price: string) =>
      `A missed class can be made up in another group of the same programme if there's a free place. Booking before the class or by the next day at the latest is free; after that it costs ${price}.`,
    none: 'There are no free places in other groups of this programme in the coming weeks.',
    missed: 'Class your child will miss or has missed',
    target: 'Class in another group',
    free: (until: string) => `free until ${until}`,
    paid: (price: string) => `charged ${price}`,
    submit: 'Book a make-up',
    doneFree: "We've booked your child's make-up class — free of charge.",
    doneChargedShort:
      "We've booked your child's make-up class. The fee for a late make-up is in your payments, due within 7 days.",
    feeLabel: (date: string) => `Make-up class ${date}`,
    pick: 'Choose a class.',
  },
  ending: {
    title: 'Cancellation and notice',
    intro:
      'Notice is one month and ends at the end of the month after the month you give it; payments continue until that day. At the end we settle the classes your child attended against the payments.',
    noticed: (day: string) => `Notice given — the contract ends ${day}.`,
    ended: 'Contract ended.',
    settlement: 'Settlement',
    refund: (amount: string) => `To be refunded: ${amount} — we'll transfer it within 14 days.`,
    owed: (amount: string) => `To pay: ${amount} — within 7 days.`,
  },
  continuation: {
    closed: "This centre isn't taking Continuation offer sign-ups right now.",
    title: 'Continuation offer — next year',
    intro: (effect: string) =>
      `Continuing classes in the next school year earns a discount of ${effect}, spread over all instalments. It can't be combined with other discounts.`,
    enrol: 'Sign up for next year',
    group: (programme: string, weekday: string, time: string, teacher: string) =>
      `${programme}: ${weekday}, ${time}, ${teacher}`,
  },
};
