// What the school's page shows (/planer/szkola): each school the viewer is staff of, with its
// licence state — unpaid: the pro-forma's number, amount, bank account and deadline, its download
// (never restricted) and PayU as the alternative (the charge's pay link).
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { formatDate } from '@/lib/format/time';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { seller } from '@/lib/invoices/seller';
import { proformaPath } from '@/lib/billing/contracts/sign';
import { chargePayPath } from '@/lib/billing/payments/link';
import { schoolAccess, type SchoolAccess } from './access';

export type SchoolCard = {
  id: string;
  name: string;
  okeCode: string;
  commission: string;
  role: string;
  level: SchoolAccess['level'];
  levelLabel: string;
  licence: string | null;
  unpaid: {
    text: string;
    account: string | null;
    title: string;
    /** The pro-forma and the PayU link, for the payer (the staff member who ordered). */
    links: { proforma: string; pay: string } | null;
  } | null;
};

export function schoolCard(
  school: { id: string; name: string; okeCode: string; commission: string },
  a: SchoolAccess,
): SchoolCard {
  const t = messages().licence;
  const pf = a.licence?.proforma;
  const account = seller().bankAccount;
  const oke = messages().matura.oke as Record<string, { name: string }>;
  return {
    ...school,
    commission: oke[school.commission]?.name ?? school.commission,
    role: t.school.role[a.role],
    level: a.level,
    levelLabel: t.access.levels[a.level],
    licence: a.licence ? t.school.licence(a.licence.examYear) : null,
    unpaid:
      a.level === 'restricted' && pf
        ? {
            text: t.school.unpaid(pf.number, formatMoney(pf.amount, pf.currency), formatDate(pf.deadline)),
            account: account ? t.school.account(account) : null,
            title: t.school.title2(pf.number),
            links: a.licence?.viewerPays
              ? { proforma: proformaPath(pf.chargeId), pay: chargePayPath(pf.chargeId) }
              : null,
          }
        : null,
  };
}

export async function schoolPage(viewer: { id: string }, now = currentTime()): Promise<SchoolCard[]> {
  const rows = await db().schoolStaff.findMany({
    where: { userId: viewer.id },
    orderBy: { invitedAt: 'asc' },
    select: { school: { select: { id: true, name: true, okeCode: true, commission: true } } },
  });
  const cards: SchoolCard[] = [];
  for (const { school } of rows) {
    const access = await schoolAccess(viewer, school.id, now);
    if (access) cards.push(schoolCard(school, access));
  }
  return cards;
}
