import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from '@/lib/config/env';

const valid = {
  DATABASE_URL: 'postgresql://u:p@localhost:5432/planeta',
  APP_URL: 'http://localhost:3000',
  AUTH_SECRET: 'x'.repeat(40),
};

describe('configuration', () => {
  it('accepts a complete configuration and fills defaults', () => {
    const env = parseEnv(valid);
    expect(env.PAYU_POS_ID).toBe('300746');
    expect(env.SMTP_URL).toBeUndefined();
  });
  it('names every missing or malformed variable', () => {
    const error = (() => {
      try {
        parseEnv({ ...valid, DATABASE_URL: 'mysql://x', AUTH_SECRET: 'short', APP_URL: undefined });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const msg = (error as Error).message;
    expect(msg).toContain('DATABASE_URL');
    expect(msg).toContain('AUTH_SECRET');
    expect(msg).toContain('APP_URL');
  });
  it('refuses a malformed SMTP_URL but treats an empty one as unset', () => {
    expect(() => parseEnv({ ...valid, SMTP_URL: 'not a url' })).toThrow(/SMTP_URL/);
    expect(parseEnv({ ...valid, SMTP_URL: '' }).SMTP_URL).toBeUndefined();
  });
  it('refuses the public PayU sandbox keys against production at start-up', () => {
    expect(() => parseEnv({ ...valid, PAYU_BASE_URL: 'https://secure.payu.com' })).toThrow(/PAYU_SECOND_KEY/);
    expect(
      parseEnv({ ...valid, PAYU_BASE_URL: 'https://secure.payu.com', PAYU_SECOND_KEY: 'own' }).PAYU_SECOND_KEY,
    ).toBe('own');
  });
  it('validates the seller data at start-up, naming the variable', () => {
    expect(() => parseEnv({ ...valid, PLANETA_SELLER_NIP: '5260250275' })).toThrow(/PLANETA_SELLER_NIP/);
    expect(() => parseEnv({ ...valid, PLANETA_SELLER_EMAIL: 'not-an-email' })).toThrow(/PLANETA_SELLER_EMAIL/);
    expect(parseEnv(valid).PLANETA_SELLER_NIP).toBe('1234563218');
  });
});
