// The school licence's order (A4–A9): one transaction writes the school, the contact's account,
// the director, the pro-forma contract (with the school's discount) and the licence, and queues
// the confirmation (pro-forma and terms attached) and the set-password link; a refusal leaves
// nothing. Then the access levels: unpaid → restricted (downloads refused with what to pay), the
// transfer booked → full, the deadline passed → void → blocked, another school → null (404).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { orderLicence, type LicenceOrder } from '@/lib/licence/order';
import { requireDownload, schoolAccess } from '@/lib/licence/access';
import { bookTransfer } from '@/lib/billing/payments/transfers';
import { runBillingDay } from '@/lib/billing/run/daily';
import { proformaDocumentFor } from '@/lib/billing/payments/proforma-document';
import { attachmentFile } from '@/lib/mail/attachments';
import { markInvoicePosted, schoolsPanel, setSchoolDiscount } from '@/lib/licence/panel';
import { accountantId, licenceOffer, order } from './planner-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

const NOW = new Date('2026-12-02T10:00:00Z');
const DAY = 86_400_000;
let accountant = '';

beforeAll(async () => {
  await licenceOffer();
  accountant = await accountantId();
});

async function ordered(over: Partial<LicenceOrder> = {}) {
  const r = await orderLicence(order(over), null, NOW);
  if (r.fieldErrors) throw new Error(JSON.stringify(r.fieldErrors));
  return r;
}

const counts = async () => ({
  schools: await db().school.count(),
  users: await db().user.count(),
  contracts: await db().contract.count(),
  licences: await db().schoolLicence.count(),
  staff: await db().schoolStaff.count(),
  emails: await db().emailMessage.count(),
});

describe('ordering a licence', () => {
  it('writes the school, a usable account, its director, the pro-forma contract and the licence, and queues both e-mails', async () => {
    const input = order();
    const r = await orderLicence(input, null, NOW);
    if (r.fieldErrors) throw new Error(JSON.stringify(r.fieldErrors));
    const school = await db().school.findUniqueOrThrow({ where: { id: r.schoolId } });
    expect(school).toMatchObject({
      okeCode: input.okeCode,
      nip: '5260250274',
      commission: 'warszawa',
      ecoInvoice: false,
    });
    const user = await db().user.findUniqueOrThrow({ where: { email: input.contact!.email } });
    expect(user.activationPendingAt).toBeNull();
    expect(await db().schoolStaff.findMany({ where: { schoolId: r.schoolId } })).toEqual([
      expect.objectContaining({ userId: user.id, role: 'DIRECTOR' }),
    ]);
    const contract = await db().contract.findUniqueOrThrow({ where: { id: r.contractId }, include: { charges: true } });
    expect(contract).toMatchObject({
      status: 'PENDING',
      payMethod: 'TRANSFER',
      planCode: 'licence-proforma',
      payerId: user.id,
    });
    expect(contract.charges).toHaveLength(1);
    expect(contract.charges[0]).toMatchObject({ amount: 50_000, discount: 0, proformaNumber: r.proformaNumber });
    // The pro-forma's deadline: 14 days from the order (the plan's proformaDays).
    expect(contract.charges[0].dueDate.toISOString().slice(0, 10)).toBe('2026-12-16');
    expect(await db().schoolLicence.findUniqueOrThrow({ where: { contractId: r.contractId } })).toMatchObject({
      schoolId: r.schoolId,
      examYear: 2027,
    });
    const mails = await db().emailMessage.findMany({
      where: { to: input.contact!.email },
      orderBy: { template: 'asc' },
    });
    expect(mails.map((m) => m.template)).toEqual(['licence-account', 'licence-ordered']);
    expect(mails[1].text).toContain(r.proformaNumber);
    expect(mails[1].attachments).toEqual([
      { kind: 'proforma', chargeId: r.chargeId },
      { kind: 'terms', contractId: r.contractId },
    ]);
    expect(mails[0].text).toMatch(/\/haslo\/nowe\//);
    expect(await db().passwordResetToken.count({ where: { userId: user.id, usedAt: null } })).toBe(1);
  });

  it('the pro-forma names the school as the buyer, and the terms attached are the licence terms', async () => {
    const r = await ordered();
    const pf = await proformaDocumentFor(r.chargeId, { id: '', staff: true });
    expect(pf?.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const terms = await attachmentFile({ kind: 'terms', contractId: r.contractId });
    expect(terms?.fileName).toContain('licencja');
    const proforma = await attachmentFile({ kind: 'proforma', chargeId: r.chargeId });
    expect(proforma?.fileName).toBe(pf?.fileName);
  });

  it("takes the school's discount off the pro-forma when its director orders the next year", async () => {
    const first = await ordered();
    await db().school.update({ where: { id: first.schoolId }, data: { discount: 10_000 } });
    const director = await db().schoolStaff.findFirstOrThrow({ where: { schoolId: first.schoolId } });
    const school = await db().school.findUniqueOrThrow({ where: { id: first.schoolId } });
    const again = await orderLicence(
      { ...order({ okeCode: school.okeCode, examYear: 2028 }), contact: undefined },
      { id: director.userId },
      NOW,
    );
    if (again.fieldErrors) throw new Error(JSON.stringify(again.fieldErrors));
    const charge = await db().contractCharge.findUniqueOrThrow({ where: { id: again.chargeId } });
    expect(charge).toMatchObject({ amount: 50_000, discount: 10_000 });
    // Bought ahead: the licence covers the 2027/28 school year, not the one it was ordered in.
    expect([charge.periodStart?.toISOString().slice(0, 10), charge.periodEnd?.toISOString().slice(0, 10)]).toEqual([
      '2027-09-01',
      '2028-06-30',
    ]);
    expect(await db().contractDiscount.findMany({ where: { contractId: again.contractId } })).toEqual([
      expect.objectContaining({ type: 'SCHOOL', kind: 'AMOUNT', value: 10_000, status: 'ACCEPTED' }),
    ]);
  });

  it.each([
    ['a second order of the same school and year by its director', 'examYear'],
    ['an order for a known school by someone else', 'okeCode'],
    ['an address that already has an account', 'email'],
    ['an exam year not on offer', 'examYear'],
  ])('refuses %s beside the field and writes nothing', async (kind, field) => {
    const first = await ordered();
    const school = await db().school.findUniqueOrThrow({ where: { id: first.schoolId } });
    const director = await db().schoolStaff.findFirstOrThrow({ where: { schoolId: first.schoolId } });
    const directorEmail = (await db().user.findUniqueOrThrow({ where: { id: director.userId } })).email!;
    const before = await counts();
    const r = kind.startsWith('a second')
      ? await orderLicence({ ...order({ okeCode: school.okeCode }), contact: undefined }, { id: director.userId }, NOW)
      : kind.startsWith('an order for a known')
        ? await orderLicence(order({ okeCode: school.okeCode }), null, NOW)
        : kind.startsWith('an address')
          ? await orderLicence(
              order({ contact: { firstName: 'Jan', lastName: 'Nowy', email: directorEmail } }),
              null,
              NOW,
            )
          : await orderLicence(order({ examYear: 2026 }), null, NOW);
    expect(r.fieldErrors?.[field]).toBeTruthy();
    expect(await counts()).toEqual(before);
  });
});

describe('access to the school', () => {
  it('is restricted while unpaid (downloads refused with the pro-forma), full once the transfer is booked', async () => {
    const r = await ordered();
    const { userId } = await db().schoolStaff.findFirstOrThrow({ where: { schoolId: r.schoolId } });
    const pending = await schoolAccess({ id: userId }, r.schoolId, NOW);
    expect(pending).toMatchObject({ level: 'restricted', role: 'DIRECTOR' });
    expect(pending?.licence?.proforma).toMatchObject({ number: r.proformaNumber, amount: 50_000 });
    let refusal: unknown;
    try {
      requireDownload(pending!);
    } catch (e) {
      refusal = e;
    }
    expect(refusal).toBeInstanceOf(UserError);
    expect((refusal as Error).message).toContain(r.proformaNumber);
    expect((refusal as Error).message).toContain('500,00');

    await bookTransfer(
      { chargeId: r.chargeId, amount: 50_000, title: r.proformaNumber, bookedOn: '2026-12-03', bookedById: accountant },
      new Date(NOW.getTime() + DAY),
    );
    const paid = await schoolAccess({ id: userId }, r.schoolId, new Date(NOW.getTime() + DAY));
    expect(paid).toMatchObject({ level: 'full', licence: { contractStatus: 'ACTIVE', proforma: null } });
    expect(() => requireDownload(paid!)).not.toThrow();
    // The VAT invoice's order names the school as the buyer.
    const paidOrder = await db().order.findFirstOrThrow({ where: { items: { some: { chargeId: r.chargeId } } } });
    expect(paidOrder).toMatchObject({
      buyerType: 'COMPANY',
      nip: '5260250274',
      companyName: expect.stringContaining('Liceum'),
    });
  });

  it('is blocked once the unpaid order is void after the deadline, and the school can order again', async () => {
    const r = await ordered();
    const { userId } = await db().schoolStaff.findFirstOrThrow({ where: { schoolId: r.schoolId } });
    const late = new Date(NOW.getTime() + 16 * DAY);
    const email = (await db().user.findUniqueOrThrow({ where: { id: userId } })).email!;
    await runBillingDay(late, { payerEmails: [email] });
    expect(await db().contract.findUniqueOrThrow({ where: { id: r.contractId } })).toMatchObject({ status: 'VOID' });
    const blocked = await schoolAccess({ id: userId }, r.schoolId, late);
    expect(blocked?.level).toBe('blocked');
    expect(() => requireDownload(blocked!)).toThrow(UserError);

    const school = await db().school.findUniqueOrThrow({ where: { id: r.schoolId } });
    const again = await orderLicence(
      { ...order({ okeCode: school.okeCode }), contact: undefined },
      { id: userId },
      late,
    );
    expect(again.fieldErrors).toBeUndefined();
    expect((await schoolAccess({ id: userId }, r.schoolId, late))?.level).toBe('restricted');
  });

  it("is null (404) for another school's staff and for anyone else", async () => {
    const a = await ordered();
    const b = await ordered();
    const { userId } = await db().schoolStaff.findFirstOrThrow({ where: { schoolId: a.schoolId } });
    expect(await schoolAccess({ id: userId }, b.schoolId, NOW)).toBeNull();
    expect(await schoolAccess({ id: accountant }, a.schoolId, NOW)).toBeNull();
  });
});

describe('the staff panel of schools', () => {
  it("sets a school's discount (audited) and lists a paid non-eco licence to post until it is marked posted, once", async () => {
    const r = await ordered();
    await setSchoolDiscount(accountant, r.schoolId, 5_000);
    expect(await db().school.findUniqueOrThrow({ where: { id: r.schoolId } })).toMatchObject({ discount: 5_000 });
    expect(await db().auditEntry.count({ where: { action: 'school.discount', objectId: r.schoolId } })).toBe(1);
    await expect(setSchoolDiscount(accountant, r.schoolId, 60_000)).rejects.toThrow(UserError);

    const at = new Date(NOW.getTime() + DAY);
    await bookTransfer(
      { chargeId: r.chargeId, amount: 50_000, title: r.proformaNumber, bookedOn: '2026-12-03', bookedById: accountant },
      at,
    );
    const listed = (await schoolsPanel(at)).toPost.find((p) => p.school.startsWith('XIV'));
    expect((await schoolsPanel(at)).toPost.map((p) => p.examYear)).toContain(2027);
    const licence = await db().schoolLicence.findUniqueOrThrow({ where: { contractId: r.contractId } });
    expect(listed).toBeDefined();
    await markInvoicePosted(accountant, licence.id, at);
    await expect(markInvoicePosted(accountant, licence.id, at)).rejects.toThrow(UserError);
    expect((await schoolsPanel(at)).toPost.some((p) => p.licenceId === licence.id)).toBe(false);
    expect(await db().schoolLicence.findUniqueOrThrow({ where: { id: licence.id } })).toMatchObject({
      invoicePostedById: accountant,
    });
    expect(await db().auditEntry.count({ where: { action: 'licence.invoice-posted', objectId: licence.id } })).toBe(1);
  });

  it('refuses a person without schools:manage', async () => {
    const r = await ordered();
    const { userId } = await db().schoolStaff.findFirstOrThrow({ where: { schoolId: r.schoolId } });
    await expect(setSchoolDiscount(userId, r.schoolId, 1_000)).rejects.toThrow(UserError);
  });
});
