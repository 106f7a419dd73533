// Shared by the contract-payment tests: the PayU simulator, a course sold monthly by card (razem),
// a school licence paid by transfer against a pro-forma, payers and accounting staff, and contracts
// signed through the billing engine. Call setUpBillingPayments() at a file's top.
import { afterAll, beforeAll } from 'vitest';
import { db } from '@/lib/db/client';
import { startLocalPayu } from '@/lib/payments/payu/simulator/local';
import { freePort } from '@/lib/db/dev/embedded';
import { signContract } from '@/lib/billing/contracts/sign';
import { assignProformaNumber } from '@/lib/billing/payments/proforma';
import type { Role } from '@/lib/db/generated/enums';

export const NOW = new Date('2026-11-20T10:00:00Z');

export function setUpBillingPayments() {
  const fx = {
    sim: undefined as unknown as Awaited<ReturnType<typeof startLocalPayu>>,
    monthly: '',
    licence: '',
    courseId: '',
  };
  beforeAll(async () => {
    fx.sim = await startLocalPayu({ port: await freePort(), retryDelaysMs: [0], quiet: true });
    const category = await db().category.create({ data: { slug: 'jezyki', name: 'Języki' } });
    const course = await db().course.create({
      data: {
        slug: 'angielski-razem',
        title: 'Angielski razem',
        summary: 's',
        description: 'd',
        syllabus: [],
        categoryId: category.id,
        priceGross: 24900,
      },
    });
    fx.courseId = course.id;
    const offer = (slug: string, data: Record<string, unknown>) =>
      db().billingOffer.create({
        data: { slug, title: slug, product: 'test', ...data } as never,
        select: { id: true },
      });
    fx.monthly = (
      await offer('angielski-miesiecznie', {
        title: 'Angielski razem — abonament',
        courseId: course.id,
        planKind: 'MONTHLY',
        planCode: 'razem-monthly',
        amount: 24900,
      })
    ).id;
    fx.licence = (
      await offer('licencja-szkolna', {
        title: 'Planer matury — licencja szkolna',
        planKind: 'PROFORMA',
        planCode: 'licence-proforma',
        amount: 123000,
      })
    ).id;
  });
  afterAll(async () => {
    await fx.sim.close();
  });

  let n = 0;
  const person = (roles: Role[] = []) =>
    db().user.create({
      data: { email: `p${++n}@example.pl`, firstName: 'Ewa', lastName: `Łąka${n}`, passwordHash: 'x', roles },
    });

  /** A contract signed now; a TRANSFER one gets its pro-forma number as signing will. */
  async function signed(offerId: string, opts: { payerId?: string } = {}) {
    const payerId = opts.payerId ?? (await person()).id;
    return db().$transaction(async (tx) => {
      const r = await signContract(tx, {
        offerId,
        payerId,
        beneficiaryId: payerId,
        termsVersion: '2026-01',
        immediateStartConsent: true,
        discounts: [],
        now: NOW,
      });
      const c = await tx.contract.findUniqueOrThrow({ where: { id: r.contractId }, select: { payMethod: true } });
      const proforma = c.payMethod === 'TRANSFER' ? await assignProformaNumber(tx, r.firstChargeId, NOW) : null;
      return { ...r, payerId, proforma };
    });
  }

  return { fx, person, signed };
}
