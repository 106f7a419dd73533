// The enrolment form's data from its page model: the plans with their first payment in words, the
// children with their day of birth shown, and the ages hint with the first class's day.
import { formatDate } from '@/lib/format/time';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import type { EnrolPage } from './enrol-page';

const shown = (day: string, locale?: string) => formatDate(new Date(`${day}T12:00:00Z`), locale);

/** The form's props, its texts in the reader's language (Polish by default). */
export function enrolFormProps(page: EnrolPage, locale?: string) {
  const t = messages(locale).centresEnrol;
  const g = page.group;
  const plans = page.plans.map((p) => {
    const first = p.schedule[0];
    const amount = p.schedule.filter((c) => c.dueDate === first.dueDate).reduce((a, c) => a + c.amount, 0);
    return {
      code: p.planCode,
      label: t.plans[p.planCode] ?? p.planCode,
      rule: t.planRules[p.planCode] ?? '',
      first: t.form.firstPayment(formatMoney(amount, 'PLN', locale), shown(first.dueDate, locale)),
    };
  });
  const firstClass = g.sessions[0]?.startsAt;
  return {
    centreGroupId: g.id,
    viewer: page.viewer,
    childOptions: page.children.map((c) => ({ ...c, birthDate: c.birthDate ? shown(c.birthDate, locale) : null })),
    plans,
    ageHint: t.form.childBirthDateHint(
      g.programme.minAge,
      g.programme.maxAge,
      firstClass ? formatDate(firstClass, locale) : '',
    ),
  };
}
