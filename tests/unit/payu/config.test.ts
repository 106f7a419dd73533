import { describe, expect, it } from 'vitest';
import { payuConfigFromEnv, SANDBOX_POS } from '@/lib/payments/payu/config';

describe('payuConfigFromEnv', () => {
  it('defaults to the local simulator with the public sandbox POS', () => {
    expect(payuConfigFromEnv({})).toEqual({ baseUrl: 'http://127.0.0.1:8103', ...SANDBOX_POS });
    expect(SANDBOX_POS).toEqual({
      posId: '300746',
      clientId: '300746',
      clientSecret: '2ee86a66e5d97e3fadc400c9f19b065d',
      secondKey: 'b6ca15b0d1020e8094d9b5f8d163db54',
    });
  });

  it('reads every variable, treats blanks as unset and drops a trailing slash', () => {
    const c = payuConfigFromEnv({
      PAYU_BASE_URL: 'https://secure.snd.payu.com/',
      PAYU_POS_ID: '123456',
      PAYU_CLIENT_ID: '123456',
      PAYU_CLIENT_SECRET: 'secret',
      PAYU_SECOND_KEY: '',
    });
    expect(c).toEqual({
      baseUrl: 'https://secure.snd.payu.com',
      posId: '123456',
      clientId: '123456',
      clientSecret: 'secret',
      secondKey: SANDBOX_POS.secondKey,
    });
  });

  it('rejects a malformed URL or POS id', () => {
    expect(() => payuConfigFromEnv({ PAYU_BASE_URL: 'not a url' })).toThrow(/PAYU_BASE_URL/);
    expect(() => payuConfigFromEnv({ PAYU_POS_ID: 'abc' })).toThrow(/PAYU_POS_ID/);
  });

  it('refuses production with the public sandbox keys', () => {
    expect(() => payuConfigFromEnv({ PAYU_BASE_URL: 'https://secure.payu.com' })).toThrow(/PAYU_SECOND_KEY/);
    expect(payuConfigFromEnv({ PAYU_BASE_URL: 'https://secure.payu.com', PAYU_SECOND_KEY: 'own-key' }).secondKey).toBe(
      'own-key',
    );
  });
});
