// Staff's view of the school licences (/panel/szkoly): every school with its latest licence's
// state and discount, and the "to post" list (A10: a paid licence's paper invoice goes by post
// unless the school chose the eco invoice). Setting a discount and marking an invoice posted
// re-check the actor's roles in their transaction and are audited.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { UserError } from '@/lib/errors';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { recordAudit } from '@/lib/audit';
import { actorWith } from '@/lib/staff/authority';
import { contractGrantsAccess } from '@/lib/billing/access';
import { warsawToday } from '@/lib/billing/rules/days';
import { licencePhase } from '@/lib/matura/rules/deadlines';
import { accessLevel } from './rules/access-level';

/** A5: the discount never exceeds the licence's price. */
export const MAX_SCHOOL_DISCOUNT = 50_000;

export type PanelSchool = {
  id: string;
  name: string;
  okeCode: string;
  city: string;
  eco: boolean;
  discount: number;
  discountText: string;
  licence: string;
  state: string;
};

export type ToPost = { licenceId: string; school: string; address: string; examYear: number; invoice: string };

/** The schools with their licences and the invoices to post, worded in the reader's `locale`. */
export async function schoolsPanel(
  now = currentTime(),
  locale?: string,
): Promise<{ schools: PanelSchool[]; toPost: ToPost[] }> {
  const t = messages(locale).licence;
  const schools = await db().school.findMany({
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      okeCode: true,
      street: true,
      postalCode: true,
      city: true,
      ecoInvoice: true,
      discount: true,
      licences: {
        orderBy: { examYear: 'desc' },
        select: { id: true, examYear: true, contractId: true, purgedAt: true, invoicePostedAt: true },
      },
    },
  });
  const contractIds = schools.flatMap((s) => s.licences.map((l) => l.contractId));
  const contracts = new Map(
    (
      await db().contract.findMany({
        where: { id: { in: contractIds } },
        select: { id: true, status: true, paidThrough: true, endReason: true, charges: { select: { id: true } } },
      })
    ).map((c) => [c.id, c]),
  );
  const invoices = await invoiceNumbers(
    [...contracts.values()].flatMap((c) => c.charges.map((ch) => ({ contractId: c.id, chargeId: ch.id }))),
  );
  const today = warsawToday(now);
  const rows: PanelSchool[] = [];
  const toPost: ToPost[] = [];
  for (const s of schools) {
    const latest = s.licences[0];
    const c = latest ? contracts.get(latest.contractId) : undefined;
    const level =
      latest && c
        ? accessLevel({
            contractStatus: c.status,
            grants: contractGrantsAccess(c, today),
            phase: licencePhase(latest.examYear, now),
            purged: latest.purgedAt !== null,
          })
        : null;
    rows.push({
      id: s.id,
      name: s.name,
      okeCode: s.okeCode,
      city: s.city,
      eco: s.ecoInvoice,
      discount: s.discount,
      discountText: formatMoney(s.discount, 'PLN', locale),
      licence: latest ? t.panel.examYear(latest.examYear) : t.panel.noLicence,
      state: level ? t.access.levels[level] : '—',
    });
    if (s.ecoInvoice) continue;
    for (const l of s.licences) {
      const paid = contracts.get(l.contractId)?.status === 'ACTIVE';
      if (!paid || l.invoicePostedAt) continue;
      toPost.push({
        licenceId: l.id,
        school: s.name,
        address: `${s.street}, ${s.postalCode} ${s.city}`,
        examYear: l.examYear,
        invoice: invoices.get(l.contractId) ?? t.panel.noInvoice,
      });
    }
  }
  return { schools: rows, toPost };
}

/** The VAT invoice number of each contract's paid charge (the order paying it). */
async function invoiceNumbers(charges: { contractId: string; chargeId: string }[]): Promise<Map<string, string>> {
  const byCharge = new Map(charges.map((c) => [c.chargeId, c.contractId]));
  const orders = await db().order.findMany({
    where: {
      status: 'PAID',
      items: { some: { chargeId: { in: [...byCharge.keys()] } } },
      invoice: { number: { not: null } },
    },
    select: { invoice: { select: { number: true } }, items: { select: { chargeId: true } } },
  });
  const out = new Map<string, string>();
  for (const o of orders) {
    const contractId = o.items.map((i) => (i.chargeId ? byCharge.get(i.chargeId) : undefined)).find(Boolean);
    if (contractId && o.invoice?.number) out.set(contractId, o.invoice.number);
  }
  return out;
}

/** A2: staff's discount for a school in grosze, taken off its next pro-forma (an order or a renewal). */
export async function setSchoolDiscount(actorId: string, schoolId: string, discount: number): Promise<void> {
  if (!Number.isInteger(discount) || discount < 0 || discount > MAX_SCHOOL_DISCOUNT)
    throw new UserError('licence.panel.discountInvalid', { discount: 'licence.panel.discountInvalid' });
  await db().$transaction(async (tx) => {
    await actorWith(tx, actorId, 'schools:manage');
    const before = await tx.school.findUnique({ where: { id: schoolId }, select: { discount: true } });
    if (!before) throw new UserError('licence.panel.notFound');
    await tx.school.update({ where: { id: schoolId }, data: { discount } });
    await recordAudit(tx, {
      actorId,
      action: 'school.discount',
      objectType: 'school',
      objectId: schoolId,
      before,
      after: { discount },
    });
  });
}

/** A10: the paper invoice of a paid licence posted, by whom and when; once. */
export async function markInvoicePosted(actorId: string, licenceId: string, now = currentTime()): Promise<void> {
  await db().$transaction(async (tx) => {
    await actorWith(tx, actorId, 'schools:manage');
    const licence = await tx.schoolLicence.findUnique({
      where: { id: licenceId },
      select: { contractId: true, school: { select: { ecoInvoice: true } } },
    });
    if (!licence || licence.school.ecoInvoice) throw new UserError('licence.panel.notFound');
    const { count } = await tx.schoolLicence.updateMany({
      where: { id: licenceId, invoicePostedAt: null },
      data: { invoicePostedAt: now, invoicePostedById: actorId },
    });
    if (count === 0) throw new UserError('licence.panel.alreadyPosted');
    await recordAudit(tx, {
      actorId,
      action: 'licence.invoice-posted',
      objectType: 'schoolLicence',
      objectId: licenceId,
      after: { invoicePostedAt: now.toISOString(), contractId: licence.contractId },
    });
  });
}
