// English catalogue: the demo clock. Mirrors lib/i18n/pl/demo-clock.ts key for key.
import type { Messages } from '../pl';
import { pluralEn } from '@/lib/format/plural';

const days = (n: number) => `${n} ${pluralEn(n, 'day', 'days')}`;
const messagesSent = (n: number) => `${n} ${pluralEn(n, 'message', 'messages')}`;
const jobsRun = (n: number) => `${n} ${pluralEn(n, 'scheduled job', 'scheduled jobs')}`;

export const demoClock: Messages['demoClock'] = {
  nav: 'Demo clock',
  title: 'Demo clock',
  intro:
    "Move the platform's time forward to see payment deadlines, suspensions, class periods, expiring recordings " +
    'and two-month reports without waiting. Every day moved runs the morning billing run, ' +
    "and at the end every area's daily jobs.",
  now: 'Platform time',
  offset: (n: number) => (n === 0 ? 'The clock follows real time.' : `Platform time is ${days(n)} ahead of real time.`),
  daysLabel: 'How many days forward',
  daysHint: 'From 1 to 366.',
  daysInvalid: 'Enter a number of days from 1 to 366.',
  move: 'Move the clock',
  runNow: 'Run the daily jobs now',
  moved: (n: number, emails: number, jobs: number) =>
    `Clock moved by ${days(n)}. The billing runs sent ${messagesSent(emails)}; ${jobsRun(jobs)} ran.`,
  ran: (emails: number, jobs: number) => `The billing run sent ${messagesSent(emails)}; ${jobsRun(jobs)} ran.`,
  mailboxHint: "Sent messages are in the panel's mailbox.",
  notAdjustable: 'The clock can only be moved with DEMO_CLOCK=1 on the embedded database (or in tests).',
  refusedWithDatabaseUrl:
    'DEMO_CLOCK=1 only works with the embedded database: remove DATABASE_URL or turn DEMO_CLOCK off. ' +
    "The demo clock never moves a real database's time.",
};
