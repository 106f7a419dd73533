import { describe, expect, it } from 'vitest';
import { renderEmail } from '@/lib/mail/render';

describe('contract e-mails', () => {
  it('signing: the first charge, the schedule and the pay link; a transfer names its pro-forma and says it is no invoice', async () => {
    const base = {
      firstName: 'Ewa',
      number: 'UM/2026/7KQ3XZ',
      title: 'Angielski razem',
      label: 'Opłata miesięczna',
      amount: 29900,
      currency: 'PLN',
      dueDate: '2026-12-01',
      schedule: [{ label: 'Opłata miesięczna', amount: 29900, dueDate: '2026-12-01' }],
      link: 'https://planeta.test/platnosc/umowa/abc.def',
      transfer: false,
      termsVersion: '2026-11',
    };
    const card = await renderEmail('billing-signed', base, 'pl');
    expect(card.subject).toBe('Umowa UM/2026/7KQ3XZ zawarta — opłać pierwszą płatność');
    expect(card.html).toContain('href="https://planeta.test/platnosc/umowa/abc.def"');
    expect(card.text).toContain('299,00\u00a0zł, termin 1 grudnia 2026');
    expect(card.text).toContain('14 dni');
    const pf = await renderEmail('billing-signed', { ...base, transfer: true, proformaNumber: 'PF/2026/000007' }, 'pl');
    expect(pf.text).toContain('PF/2026/000007');
    expect(pf.text).toContain('nie jest fakturą VAT');
  });

  it('payment received: in force on the first payment, a new month after a suspension (B10)', async () => {
    const p = {
      firstName: 'Ewa',
      number: 'UM/2026/7KQ3XZ',
      title: 'Angielski razem',
      label: 'Opłata miesięczna',
      amount: 29900,
      currency: 'PLN',
      paidThrough: '2027-04-04',
      next: { amount: 29900, dueDate: '2027-04-05' },
      link: 'https://planeta.test/konto/umowy',
    };
    expect((await renderEmail('billing-paid', { ...p, effect: 'activated' }, 'pl')).text).toContain(
      'Umowa weszła w życie',
    );
    const resumed = await renderEmail('billing-paid', { ...p, effect: 'resumed' }, 'pl');
    expect(resumed.text).toContain('od dnia tej płatności');
    expect(resumed.text).toContain('Następna płatność: 299,00\u00a0zł, termin 5 kwietnia 2027.');
    expect(resumed.subject).toBe('Płatność przyjęta — umowa UM/2026/7KQ3XZ');
  });
  it('notice: the last day, the refund and by when', async () => {
    const m = await renderEmail(
      'billing-notice',
      {
        firstName: 'Ewa',
        number: 'UM/2026/7KQ3XZ',
        title: 'Centrum — rok szkolny',
        withdrawal: false,
        endsOn: '2026-12-31',
        currency: 'PLN',
        refund: 191788,
        refundBy: '2027-01-14',
        owed: null,
        lines: [{ label: 'Wpłacono', amount: 320000 }],
        link: 'https://planeta.test/konto/umowy',
      },
      'pl',
    );
    expect(m.subject).toBe('Wypowiedzenie umowy UM/2026/7KQ3XZ przyjęte');
    expect(m.text).toContain('Ostatni dzień umowy i dostępu: 31 grudnia 2026.');
    expect(m.text).toContain('Zwrócimy 1917,88\u00a0zł najpóźniej do 14 stycznia 2027');
    expect(m.text).toContain('- Wpłacono: 3200,00\u00a0zł');
  });
});
