// The hosted payment page follows the order's buyer.language, as PayU's does: English for "en",
// Polish (PayU's default) for none or a language it does not offer; its errors too.
import { describe, expect, it } from 'vitest';
import { clientFor, order, submitPayForm, simulatorAndReceiverForFile } from './helpers';

const fx = simulatorAndReceiverForFile();

const pageFor = async (language: string | undefined) => {
  const base = order(fx.receiver.url);
  const { orderId, redirectUri } = await clientFor(fx.sim.url).createOrder({
    ...base,
    buyer: { ...base.buyer!, language },
  });
  return { orderId, html: await (await fetch(redirectUri)).text() };
};

describe('hosted payment page language', () => {
  it('is English for buyer.language "en": lang, labels, the en-GB amount', async () => {
    const { html } = await pageFor('en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Pay for your order</h1>');
    expect(html).toMatch(/<label for="blikCode">BLIK code<\/label>/);
    expect(html).toMatch(/PLN\s159\.00/);
    expect(html).toContain('Decline the payment');
    // No Polish but a bank's own name.
    expect(html.replace('ING Bank Śląski', '')).not.toMatch(/[ąćęłńóśźż]/);
  });

  it('is Polish without a language and for one it does not offer', async () => {
    for (const language of [undefined, 'de']) {
      const { html } = await pageFor(language);
      expect(html).toContain('<html lang="pl">');
      expect(html).toContain('<h1>Zapłać za zamówienie</h1>');
    }
  });

  it('tells an English buyer a mistyped BLIK code in English', async () => {
    const { orderId } = await pageFor('en');
    const res = await submitPayForm(fx.sim.url, orderId, { method: 'blik', blikCode: '12' });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('A BLIK code has 6 digits.');
  });
});
