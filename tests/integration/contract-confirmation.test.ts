// The contract confirmation (art. 21 u.p.k.): paying an order queues one order-paid message that
// carries the contract's essentials and references to its PDFs, rendered into real files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { handleOrderNotification } from '@/lib/settlement/notifications';
import { renderedBody } from '@/lib/mail/stored';
import { deliverEmail } from '@/lib/mail/transport';
import { attachmentRefs, nodemailerAttachments } from '@/lib/mail/attachments';
import { mailAttachmentFile } from '@/lib/mail/mailbox';
import { contractDocumentFile } from '@/lib/orders/confirmation/documents';
import { seller } from '@/lib/invoices/seller';
import { sellerRegistration } from '@/lib/legal/shared-text';
import { currentTermsVersion } from '@/lib/legal/registry';

const CURRENT_TERMS_VERSION = currentTermsVersion();
import { formatMoney } from '@/lib/format/money';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

let courseId: string;
beforeAll(async () => {
  const category = await db().category.create({ data: { slug: 'umowy', name: 'Umowy' } });
  courseId = (
    await db().course.create({
      data: {
        slug: 'rodo',
        title: 'RODO w praktyce',
        summary: 's',
        description: 'd',
        syllabus: [],
        categoryId: category.id,
        priceGross: 14900,
      },
    })
  ).id;
});

let n = 0;
async function paidOrder(opts: { consent?: boolean; company?: boolean; family?: boolean; locale?: 'en' | 'uk' } = {}) {
  const k = ++n;
  const user = await db().user.create({
    data: {
      email: `umowa${k}@example.pl`,
      firstName: 'Olga',
      lastName: 'Wiśniewska',
      passwordHash: 'x',
      locale: opts.locale ?? null,
    },
  });
  const price = opts.company ? 252400 : 14900;
  const order = await db().order.create({
    data: {
      number: `ZAM-U-${k}`,
      checkoutKey: `umowa-${k}`,
      userId: user.id,
      totalGross: price,
      buyerType: opts.company ? 'COMPANY' : 'PERSON',
      buyerName: opts.company ? 'Firma sp. z o.o.' : 'Olga Wiśniewska',
      buyerEmail: user.email!,
      companyName: opts.company ? 'Firma sp. z o.o.' : null,
      nip: opts.company ? '5260250995' : null,
      termsVersion: CURRENT_TERMS_VERSION,
      termsAcceptedAt: new Date(),
      immediateDeliveryConsent: opts.consent ?? false,
      items: {
        create: opts.family
          ? {
              name: 'Pakiet Standard 2026/2027 — Zosia',
              quantity: 1,
              unitGross: price,
              totalGross: price,
              kind: 'FAMILY_PACKAGE',
            }
          : {
              courseId,
              name: opts.company ? 'RODO w praktyce — pakiet 30' : 'RODO w praktyce',
              seats: opts.company ? 30 : 1,
              quantity: 1,
              unitGross: price,
              totalGross: price,
            },
      },
      payments: {
        create: {
          extOrderId: `EXT-U-${k}`,
          payuOrderId: `PAYU-U-${k}`,
          amount: price,
          currency: 'PLN',
          status: 'PENDING',
        },
      },
    },
  });
  const familyPackage = opts.family ? await childPackage(user.id, order.id, k) : null;
  const notice = {
    kind: 'order' as const,
    orderId: `PAYU-U-${k}`,
    extOrderId: `EXT-U-${k}`,
    status: 'COMPLETED' as const,
    totalAmount: price,
    currencyCode: 'PLN',
  };
  await handleOrderNotification(notice);
  await handleOrderNotification(notice); // PayU repeats notifications: still one confirmation
  const mails = await db().emailMessage.findMany({ where: { to: user.email! } });
  return { user, order, mails, familyPackage };
}

/** Zosia's Standard package waiting for the order's payment, as lib/families/family-order.ts writes it. */
async function childPackage(parentId: string, orderId: string, k: number) {
  const account = await db().user.create({
    data: { login: `zosia${k}`, firstName: 'Zosia', lastName: 'Wiśniewska', passwordHash: 'x' },
  });
  const child = await db().child.create({
    data: { parentId, userId: account.id, fullName: 'Zosia Wiśniewska', birthYear: 2016 },
  });
  const item = await db().orderItem.findFirstOrThrow({ where: { orderId } });
  await db().orderItem.update({ where: { id: item.id }, data: { childId: child.id } });
  return db().familyPackage.create({
    data: {
      childId: child.id,
      packageCode: 'STANDARD',
      schoolYear: 2026,
      classNumber: 4,
      currency: 'PLN',
      amountPaid: item.totalGross,
      addOns: [],
      orderId,
      orderItemId: item.id,
    },
  });
}

const pdfText = (pdf: Buffer) => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'umowa-')), 'd.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};

describe('the contract confirmation of a paid order', () => {
  it('gives a consumer without the early-start request the terms, the instruction and the form, once', async () => {
    const { order, mails } = await paidOrder();
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail.template).toBe('order-paid');
    const body = await renderedBody(mail);
    expect(body.attachments.map((a) => a.kind)).toEqual(['terms', 'withdrawalInstruction', 'withdrawalForm']);
    expect(body.text).toContain('POTWIERDZENIE ZAWARCIA UMOWY');
    expect(body.text).toContain(`RODO w praktyce — ${formatMoney(14900, 'PLN')}`);
    expect(body.text).toContain(`NIP ${seller().nip}, KRS ${seller().krs}`);
    // Art. 206 KSH: the registry court and the share capital with the KRS number.
    expect(body.text).toContain(`Sąd rejestrowy: ${seller().registryCourt}, kapitał zakładowy`);
    expect(body.text).toContain(`Regulamin w wersji ${CURRENT_TERMS_VERSION}, zaakceptowany`);
    expect(body.text).toContain('przed upływem 14 dni: Nie — prawo odstąpienia od umowy zostało zachowane.');
    expect(body.text).toMatch(/Do \d{1,2} \p{L}+ \d{4} włącznie można odstąpić od umowy bez podania przyczyny/u);

    // Delivery keeps the references (never the files) and renders them into real PDFs.
    expect(await deliverEmail(mail.id)).toBe('stored');
    const stored = await db().emailMessage.findUniqueOrThrow({ where: { id: mail.id } });
    expect(attachmentRefs(stored.attachments)).toEqual(body.attachments);
    expect(JSON.stringify(stored.attachments).length).toBeLessThan(400);
    const files = await nodemailerAttachments(attachmentRefs(stored.attachments));
    expect(files.map((f) => f.filename)).toEqual([
      `regulamin-${CURRENT_TERMS_VERSION}.pdf`,
      `pouczenie-o-odstapieniu-${order.number}.pdf`,
      `formularz-odstapienia-${order.number}.pdf`,
    ]);
    for (const f of files) {
      expect(f.content.subarray(0, 5).toString()).toBe('%PDF-');
      expect(f.contentType).toBe('application/pdf');
    }
    const [terms, instruction, form] = files.map((f) => pdfText(f.content));
    expect(terms).toContain(seller().nip);
    expect(terms).toContain(order.number);
    for (const text of [instruction, form]) {
      expect(text).toContain(order.number);
      expect(text).toContain(seller().name);
    }
    expect(instruction).toContain(`NIP ${seller().nip}`);
    const flat = (t: string) => t.replace(/\s+/g, ' ');
    expect(flat(instruction)).toContain(flat(sellerRegistration(seller())!));
    expect(flat(terms)).toContain(`(sąd rejestrowy: ${seller().registryCourt})`);
    expect(instruction).toContain('Pouczenie o prawie odstąpienia od umowy');
    expect(form).toContain('Wzór formularza odstąpienia od umowy');
    expect(form).toContain('RODO w praktyce');
    expect(form).toContain('Imię i nazwisko konsumenta(-ów):');
  });

  it('confirms the early-start request to a consumer who made it, with no withdrawal form', async () => {
    const { order, mails } = await paidOrder({ consent: true });
    expect(mails).toHaveLength(1);
    const body = await renderedBody(mails[0]);
    expect(body.attachments.map((a) => a.kind)).toEqual(['terms', 'earlyStart']);
    expect(body.text).toContain('przed upływem 14 dni: Tak — zgłoszone w formularzu zamówienia');
    expect(body.text).toContain('art. 38 ust. 1 pkt 13');
    const [, early] = await nodemailerAttachments(body.attachments);
    const text = pdfText(early.content);
    expect(text).toContain(order.number);
    expect(text).toContain('RODO w praktyce');
    expect(text).toContain(`NIP ${seller().nip}`);
    expect(await contractDocumentFile({ kind: 'withdrawalForm', orderId: order.id }, order.userId)).toBeNull();
  });

  it('gives a company the terms only', async () => {
    const { order, mails } = await paidOrder({ company: true });
    expect(mails).toHaveLength(1);
    const body = await renderedBody(mails[0]);
    expect(body.attachments).toEqual([{ kind: 'terms', orderId: order.id, version: CURRENT_TERMS_VERSION }]);
    expect(body.text).toContain('Nie dotyczy — zamówienie złożyła firma.');
    expect(body.text).toContain('ustawowe prawo odstąpienia od umowy przysługuje konsumentom');
  });

  it('gives a parent the withdrawal instruction for the family procedure and the model form', async () => {
    const { order, mails, familyPackage } = await paidOrder({ consent: true, family: true });
    expect(mails).toHaveLength(1);
    const body = await renderedBody(mails[0]);
    expect(body.attachments.map((a) => a.kind)).toEqual(['terms', 'withdrawalInstruction', 'withdrawalForm']);
    expect(body.text).toContain('pakiety przedmiotowe mają własny tryb odstąpienia');
    expect(body.text).toContain('„Moja rodzina” (http://localhost:3000/rodzina)');
    expect(body.text).toContain('- Pouczenie o prawie odstąpienia od umowy (PDF)');
    expect(body.text).toContain('- Formularz odstąpienia od umowy (PDF)');

    const [, instruction, form] = (await nodemailerAttachments(body.attachments)).map((f) => pdfText(f.content));
    const flat = (t: string) => t.replace(/\s+/g, ' ');
    expect(instruction).toContain('Pouczenie o prawie odstąpienia od umowy');
    expect(flat(instruction)).toContain('Pakiety przedmiotowe dla dzieci');
    expect(instruction.replace(/\s+/g, '')).toContain(`/rodzina/rezygnacja/${familyPackage!.id}`);
    expect(flat(instruction)).toContain('§ 5.3 regulaminu pakietów');
    expect(flat(instruction)).toContain('nigdy ponad ten zwrot');
    expect(flat(instruction)).toMatch(/z końcem dnia \d{1,2} \p{L}+ \d{4}/u);
    // The order page's button is not how a parent withdraws from a child's package.
    expect(instruction).not.toContain(`/zamowienia/${order.id}`);
    expect(form).toContain('Wzór formularza odstąpienia od umowy');
    expect(form).toContain('Pakiet Standard 2026/2027 — Zosia');
    expect(form).toContain(order.number);

    const file = await contractDocumentFile({ kind: 'withdrawalForm', orderId: order.id }, order.userId);
    expect(file?.fileName).toBe(`formularz-odstapienia-${order.number}.pdf`);
  });

  it('sends a reader of English each Polish original and, after them, its courtesy translation', async () => {
    const { order, mails } = await paidOrder({ locale: 'en' });
    const body = await renderedBody(mails[0]);
    expect(body.attachments.map((a) => `${a.kind}${'locale' in a && a.locale ? `:${a.locale}` : ''}`)).toEqual([
      'terms',
      'withdrawalInstruction',
      'withdrawalForm',
      'terms:en',
      'withdrawalInstruction:en',
      'withdrawalForm:en',
    ]);
    expect(body.text).toContain('as an English courtesy translation');
    const files = await nodemailerAttachments(body.attachments);
    expect(files.map((f) => f.filename)).toEqual([
      `regulamin-${CURRENT_TERMS_VERSION}.pdf`,
      `pouczenie-o-odstapieniu-${order.number}.pdf`,
      `formularz-odstapienia-${order.number}.pdf`,
      `regulamin-${CURRENT_TERMS_VERSION}-en.pdf`,
      `pouczenie-o-odstapieniu-${order.number}-en.pdf`,
      `formularz-odstapienia-${order.number}-en.pdf`,
    ]);
    const texts = files.map((f) => pdfText(f.content));
    // The originals are the very documents a Polish reader gets: Polish, with no mark of a translation.
    for (const [i, kind] of (['terms', 'withdrawalInstruction', 'withdrawalForm'] as const).entries()) {
      const polish = await contractDocumentFile({ kind, orderId: order.id }, order.userId);
      expect(texts[i]).toBe(pdfText(polish!.pdf));
      expect(texts[i]).not.toMatch(/courtesy|Tłumaczenie grzecznościowe/i);
    }
    // Every page of every copy says what it is, so that a single printed page does too.
    for (const text of texts.slice(3)) {
      const pages = text.split('\f').filter((p) => p.trim() !== '');
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) expect(page).toContain('Courtesy translation — the Polish original is binding');
      expect(text.replace(/\s+/g, ' ')).toContain('only the Polish original of this document');
    }
    const [, , , terms, instruction, form] = texts;
    expect(terms).toContain('Terms of sale and provision of services of the Planeta platform');
    expect(instruction).toContain('Information on the right of withdrawal');
    expect(instruction).toContain(`Order no. ${order.number}`);
    expect(instruction).toMatch(/at the end of \d{1,2} \p{L}+ \d{4}/u);
    expect(form).toContain('Model withdrawal form');
    expect(form).toContain('Name of consumer(s):');
  });

  it('gives a reader of Ukrainian copies of the withdrawal documents (the terms are translated into English only)', async () => {
    const { order, mails } = await paidOrder({ locale: 'uk', consent: true });
    const body = await renderedBody(mails[0]);
    expect(body.attachments.map((a) => `${a.kind}${'locale' in a && a.locale ? `:${a.locale}` : ''}`)).toEqual([
      'terms',
      'earlyStart',
      'earlyStart:uk',
    ]);
    const [, , copy] = await nodemailerAttachments(body.attachments);
    expect(copy.filename).toBe(`potwierdzenie-zadania-${order.number}-uk.pdf`);
    const text = pdfText(copy.content);
    expect(text).toContain('Довідковий переклад — обов’язковий польський оригінал');
    expect(text).toContain(order.number);
    // No copy where there is no translation: the route answers 404 rather than the original.
    expect(await contractDocumentFile({ kind: 'terms', orderId: order.id, locale: 'uk' }, order.userId)).toBeNull();
  });

  it("serves an order's documents to its owner and staff only", async () => {
    const { order, mails } = await paidOrder();
    const other = await db().user.create({
      data: { email: 'obcy@example.pl', firstName: 'Obcy', lastName: 'X', passwordHash: 'x' },
    });
    const ref = { kind: 'withdrawalForm' as const, orderId: order.id };
    expect(await contractDocumentFile(ref, other.id)).toBeNull();
    expect((await contractDocumentFile(ref, order.userId))?.fileName).toBe(`formularz-odstapienia-${order.number}.pdf`);
    // Staff download through the mailbox, attachment by attachment (queued, not yet delivered).
    const file = await mailAttachmentFile(mails[0].id, 2);
    expect(file?.fileName).toBe(`formularz-odstapienia-${order.number}.pdf`);
    expect(await mailAttachmentFile(mails[0].id, 3)).toBeNull();
  });
});
