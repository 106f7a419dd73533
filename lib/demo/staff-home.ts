// Demo data for the staff home (/panel, lib/panel/dashboard): what the other demos leave empty —
// debts of every age, a child's class-change request, an e-mail that could not be delivered, a
// company's agreement scan waiting for review and an invoice KSeF rejected — so each tile and chart
// shows a real number after `npm start`. Idempotent; runs after the centres', company group's and
// invoices' demos, whose parents, offers and invoices it uses.
import { randomUUID } from 'node:crypto';
import { hashPassword } from '@/lib/auth/password';
import { termsVersionInForce } from '@/lib/auth/terms';
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { addDays, dayToDate, warsawToday } from '@/lib/billing/rules/days';
import { contractPolicyColumns, planPolicy } from '@/lib/billing/rules/plans';
import { demoCentreOfferId } from '@/lib/demo/centres';
import { DEMO_GROUP_COURSE, DEMO_GROUP_SEATS, paidPackage, type DemoBuyer } from '@/lib/demo/company-group';
import { groupFor } from '@/lib/groups/group-access';
import { agreementDraftPdf, submitAgreement } from '@/lib/groups/agreement/agreements';
import { ensureInvoiceDocument } from '@/lib/invoices/ksef/submission/documents';
import { advanceDocument } from '@/lib/invoices/ksef/submission/send';
import type { KsefGateway } from '@/lib/invoices/ksef/types';

const DAY = 86_400_000;
const BOUNCED_KEY = 'demo:staff-home:bounced';

export async function seedStaffHomeDemo(now = currentTime()): Promise<void> {
  const parent = await db().user.findFirst({
    where: { login: { startsWith: 'rodzic-' }, roles: { has: 'PARENT' } },
    orderBy: { login: 'asc' },
    select: {
      id: true,
      email: true,
      firstName: true,
      lastName: true,
      children: { select: { id: true, userId: true }, take: 1 },
    },
  });
  await rejectedInvoice(now);
  if (!parent?.email) return;
  await unpaidEndedContract(parent.id, parent.children[0]?.userId ?? parent.id, now);
  await classChangeRequest(parent.children[0]?.id, now);
  await bouncedMail(parent.email, `${parent.firstName} ${parent.lastName}`, now);
}

/**
 * A centre contract ended for non-payment whose debts stay open: instalments 45 and 20 days past
 * due and the settlement on termination 10 days past due. ENDED, so the daily run leaves it alone.
 */
async function unpaidEndedContract(payerId: string, beneficiaryId: string, now: Date) {
  const year = warsawToday(now).slice(0, 4);
  if (await db().contract.findFirst({ where: { number: { endsWith: '/ZALEGLA1' } }, select: { id: true } })) return;
  const offerId = await demoCentreOfferId('centre-ten', now);
  const offer = offerId
    ? await db().billingOffer.findUnique({ where: { id: offerId }, select: { planCode: true, amount: true } })
    : null;
  if (!offerId || !offer) return;
  const today = warsawToday(now);
  const due = (days: number) => dayToDate(addDays(today, -days));
  const signedAt = new Date(now.getTime() - 80 * DAY);
  const instalment = Math.round(offer.amount / 10);
  await db().contract.create({
    data: {
      number: `UM/${year}/ZALEGLA1`,
      offerId,
      payerId,
      beneficiaryId,
      status: 'ENDED',
      ...contractPolicyColumns(planPolicy(offer.planCode)),
      currency: 'PLN',
      amount: offer.amount,
      termsVersion: termsVersionInForce(signedAt),
      signedAt,
      activatedAt: signedAt,
      endedAt: new Date(now.getTime() - 10 * DAY),
      endReason: 'unpaid',
      charges: {
        create: [
          {
            seq: 1,
            kind: 'INSTALMENT',
            label: 'Rata 1 z 10',
            amount: instalment,
            currency: 'PLN',
            dueDate: due(75),
            status: 'PAID',
            paidAt: signedAt,
            paidVia: 'LINK',
          },
          { seq: 2, kind: 'INSTALMENT', label: 'Rata 2 z 10', amount: instalment, currency: 'PLN', dueDate: due(45) },
          { seq: 3, kind: 'INSTALMENT', label: 'Rata 3 z 10', amount: instalment, currency: 'PLN', dueDate: due(20) },
          {
            seq: 4,
            kind: 'SETTLEMENT',
            label: 'Rozliczenie przy rozwiązaniu umowy',
            amount: Math.round(instalment / 2),
            currency: 'PLN',
            dueDate: due(10),
          },
        ],
      },
      events: {
        create: [
          { kind: 'signed', createdAt: signedAt },
          { kind: 'ended', createdAt: new Date(now.getTime() - 10 * DAY), detail: { reason: 'unpaid' } },
        ],
      },
    },
  });
}

/** A parent asks to move their child one class up (§4.8); support decides at /panel/rodziny. */
async function classChangeRequest(childId: string | undefined, now: Date) {
  if (!childId) return;
  if (await db().child.count({ where: { classChangeStatus: { not: null } } })) return;
  await db().child.update({
    where: { id: childId },
    data: { requestedShift: 1, classChangeStatus: 'PENDING', classChangeAt: new Date(now.getTime() - 2 * DAY) },
  });
}

/** An e-mail the mail server refused: it stays in the outbox with its error for staff to see. */
async function bouncedMail(to: string, name: string, now: Date) {
  await db().emailMessage.upsert({
    where: { onceKey: BOUNCED_KEY },
    update: {},
    create: {
      onceKey: BOUNCED_KEY,
      to: to.replace('@planeta.local', '@skrzynka-pelna.invalid'),
      subject: 'Przypomnienie o racie za zajęcia w centrum',
      text: `Dzień dobry, ${name}! Przypominamy o racie za zajęcia w centrum.`,
      html: `<p>Dzień dobry, ${name}!</p><p>Przypominamy o racie za zajęcia w centrum.</p>`,
      template: 'demo-bounced',
      status: 'FAILED',
      attempts: 10,
      lastError: '550 5.1.1 Skrzynka adresata nie istnieje',
      createdAt: new Date(now.getTime() - 5 * 3_600_000),
    },
  });
}

/** A second company, whose signed agreement scan was sent two days ago and waits at /panel/umowy. */
const LUMEN: DemoBuyer = {
  companyName: 'Lumen Biuro Rachunkowe Sp. z o.o.',
  nip: '1234563218',
  street: 'ul. Miodowa 14',
  postalCode: '31-055',
  city: 'Kraków',
  orderNumber: 'ZAM-DEMO-LUMEN-0001',
  checkoutKey: 'demo-lumen-group-package',
  paidDaysAgo: 3,
};
const LUMEN_ADMIN = { email: 'kadry@lumen.invalid', firstName: 'Renata', lastName: 'Lis' };

/** Before the invoices' demo, so Lumen's order gets its invoice — the one KSeF rejects below. */
export async function seedWaitingAgreementDemo(): Promise<void> {
  if (await db().order.findUnique({ where: { checkoutKey: LUMEN.checkoutKey }, select: { id: true } })) return;
  const course = await db().course.findUnique({
    where: { slug: DEMO_GROUP_COURSE },
    select: {
      id: true,
      title: true,
      offers: { where: { seats: DEMO_GROUP_SEATS }, select: { id: true, priceGross: true } },
    },
  });
  if (!course?.offers[0]) return;
  // No login and a password nobody knows: a second company's buyer is seen, not signed in as.
  const passwordHash = await hashPassword(randomUUID());
  const admin = await db().user.upsert({
    where: { email: LUMEN_ADMIN.email },
    update: {},
    create: { ...LUMEN_ADMIN, passwordHash, roles: ['COMPANY_ADMIN'] },
    select: { id: true, roles: true, email: true },
  });
  const groupId = await paidPackage(admin.id, admin.email!, course.id, course.title, course.offers[0], LUMEN);
  const viewer = { id: admin.id, roles: admin.roles };
  const group = (await groupFor(viewer, groupId))!;
  await submitAgreement(viewer, groupId, { name: 'umowa-lumen.pdf', bytes: await agreementDraftPdf(group) });
}

/**
 * KSeF's answer to one invoice: refused with its semantic-check code, as KSeF answers a document it
 * will not take. Sent through the real submission step (advanceDocument), which records it as
 * staff see it at /panel/faktury?stan=rejected — where resending it goes to KSeF (or the simulator).
 */
const REJECTING_KSEF: KsefGateway = {
  send: async () => ({ sessionReference: 'demo-odrzucona', invoiceReference: 'demo-odrzucona-1' }),
  status: async () => ({
    state: 'REJECTED',
    code: 450,
    description: 'Błąd weryfikacji semantyki dokumentu faktury',
    details: ['Adres nabywcy niezgodny z danymi w rejestrze (dane demonstracyjne).'],
  }),
  upo: async () => {
    throw new Error('a rejected invoice has no UPO');
  },
};

async function rejectedInvoice(now: Date) {
  if (await db().ksefDocument.count({ where: { status: 'REJECTED' } })) return;
  const invoice = await db().invoice.findFirst({
    where: { kind: 'INVOICE', number: { not: null }, order: { checkoutKey: LUMEN.checkoutKey } },
    select: { id: true },
  });
  if (!invoice) return;
  const doc = await ensureInvoiceDocument(invoice.id, now);
  if (doc) await advanceDocument(doc, { gateway: REJECTING_KSEF, now, pollDelaysMs: [] });
}
