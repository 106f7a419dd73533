// Demo data for trying the family area by hand after `npm start`: exchange rates for today (the
// staff change them in /panel/rodziny) and a child with its own login for the demo parent.
// Idempotent: existing rows, including rates the staff changed, are left as they are.
import { db } from '@/lib/db/client';
import { hashPassword } from '@/lib/auth/password';
import { classForChild } from '@/lib/families/rules/class-table';
import { schoolYearForPurchase } from '@/lib/families/rules/school-year';
import { warsawDateKey } from '@/lib/format/time';
import type { ForeignCurrency } from '@/lib/families/rules/exchange-rate';

/** PLN per unit × 10 000, near the NBP table of autumn 2026; demo values only. */
const DEMO_RATES: Record<ForeignCurrency, number> = { GBP: 48_312, EUR: 42_386, USD: 36_571 };

export const DEMO_CHILD = { login: 'zosia', fullName: 'Zosia Nowak', classNumber: 3 } as const;

export async function seedFamilyDemo(parentLogin: string, password: string, now = new Date()): Promise<void> {
  // Today's rates (add-ons are priced at them) and those of the working days of the week before
  // (an invoice in a foreign currency states its VAT in PLN at the rate of the day before the sale).
  const today = new Date(`${warsawDateKey(now)}T00:00:00Z`);
  const days = Array.from({ length: 8 }, (_, i) => new Date(today.getTime() - i * 86_400_000)).filter(
    (d, i) => i === 0 || (d.getUTCDay() !== 0 && d.getUTCDay() !== 6),
  );
  for (const effectiveOn of days) {
    for (const [currency, rate] of Object.entries(DEMO_RATES)) {
      await db().exchangeRate.upsert({
        where: { currency_effectiveOn: { currency, effectiveOn } },
        create: { currency, effectiveOn, plnPerUnitTimes10000: rate, source: 'demo' },
        update: {},
      });
    }
  }

  const parent = await db().user.findUnique({
    where: { login: parentLogin },
    select: { id: true, lastName: true, country: true },
  });
  if (!parent) return;
  if (!parent.country) await db().user.update({ where: { id: parent.id }, data: { country: 'PL' } });
  if (await db().user.findUnique({ where: { login: DEMO_CHILD.login }, select: { id: true } })) return;
  const year = schoolYearForPurchase(now);
  // The birth year that puts the child in the same class whatever year `npm start` runs in.
  const birthYear = Array.from({ length: 12 }, (_, i) => year.startYear - 5 - i).find((y) => {
    const c = classForChild(y, year);
    return c.ok && c.classNumber === DEMO_CHILD.classNumber;
  })!;
  const [firstName, lastName] = DEMO_CHILD.fullName.split(' ');
  const passwordHash = await hashPassword(password);
  await db().$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { login: DEMO_CHILD.login, firstName, lastName, passwordHash, roles: ['CHILD'], parentId: parent.id },
      select: { id: true },
    });
    await tx.child.create({ data: { parentId: parent.id, userId: user.id, fullName: DEMO_CHILD.fullName, birthYear } });
  });
}
