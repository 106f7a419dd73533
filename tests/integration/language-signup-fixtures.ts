// Shared by the language sign-up tests: the PayU simulator, a programme (minAge 18) whose levels
// are courses — A2 sold monthly (razem-monthly) and in full, A1 only in full — and PayU's browser
// flow plus its notification for a contract charge's pay link.
import { afterAll, beforeAll } from 'vitest';
import { db } from '@/lib/db/client';
import { startLocalPayu } from '@/lib/payments/payu/simulator/local';
import { freePort } from '@/lib/db/dev/embedded';
import { openPayLink } from '@/lib/billing/payments/pay-link';
import { chargeLinkToken } from '@/lib/billing/payments/link';
import { handleOrderNotification } from '@/lib/settlement/notifications';

export const CARD = { method: 'card', cardNumber: '4444333322221111', cardExpiry: '12/29', cardCvv: '123' };

export function setUpLanguageSchool() {
  const fx = {
    sim: undefined as unknown as Awaited<ReturnType<typeof startLocalPayu>>,
    programmeId: '',
    a2CourseId: '',
  };
  beforeAll(async () => {
    fx.sim = await startLocalPayu({ port: await freePort(), retryDelaysMs: [0], quiet: true });
    const category = await db().category.create({ data: { slug: 'jezyk-polski', name: 'Język polski' } });
    const course = (slug: string) =>
      db().course.create({
        data: {
          slug,
          title: slug,
          summary: 's',
          description: 'd',
          syllabus: [],
          categoryId: category.id,
          priceGross: 0,
          published: false,
        },
      });
    const a1 = await course('polski-a1');
    const a2 = await course('polski-a2');
    fx.a2CourseId = a2.id;
    const programme = await db().languageProgramme.create({
      data: {
        slug: 'polski-dla-obcokrajowcow',
        title: 'Polski dla obcokrajowców',
        minAge: 18,
        levels: {
          create: [
            { position: 1, cefr: 'A1', title: 'Początkujący', courseId: a1.id },
            { position: 2, cefr: 'A2', title: 'Podstawowy', courseId: a2.id },
          ],
        },
      },
    });
    fx.programmeId = programme.id;
    const offer = (slug: string, courseId: string, planKind: 'MONTHLY' | 'FULL', amount: number) =>
      db().billingOffer.create({
        data: {
          slug,
          title: slug,
          product: 'language',
          courseId,
          planKind,
          planCode: planKind === 'MONTHLY' ? 'razem-monthly' : 'razem-full',
          amount,
        },
      });
    await offer('polski-a2-miesiecznie', a2.id, 'MONTHLY', 39900);
    await offer('polski-a2-z-gory', a2.id, 'FULL', 299000);
    await offer('polski-a1-z-gory', a1.id, 'FULL', 249000);
  });
  afterAll(async () => {
    await fx.sim.close();
  });

  /** Opens the charge's pay link, pays on PayU's page and delivers PayU's COMPLETED notification. */
  async function pay(chargeId: string, form: Record<string, string> = CARD) {
    const link = await openPayLink(chargeLinkToken(chargeId), null, '203.0.113.7');
    if (link?.kind !== 'redirect') throw new Error(`pay link gave ${JSON.stringify(link)}`);
    const orderId = new URL(link.url).pathname.split('/').pop()!;
    await fetch(`${fx.sim.url}/pay/${orderId}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
      redirect: 'manual',
    });
    const notify = () => {
      const o = fx.sim.orders.get(orderId)!;
      return handleOrderNotification({
        kind: 'order',
        orderId,
        extOrderId: o.extOrderId,
        status: o.status,
        totalAmount: o.totalAmount,
        currencyCode: o.currencyCode,
      });
    };
    return { notify, first: await notify() };
  }

  return { fx, pay };
}

let n = 0;
/** A visitor's sign-up form, valid unless overridden. */
export const guestForm = (over: Record<string, unknown> = {}) => ({
  kind: 'guest' as const,
  firstName: 'María',
  lastName: 'González',
  email: `maria.${++n}.${Date.now()}@example.com`,
  birthDate: '1995-04-12',
  level: 'A2',
  plan: 'MONTHLY' as const,
  payMethod: 'CARD' as const,
  terms: 'on' as const,
  withdrawalReceived: 'on' as const,
  ...over,
});
