// DEMO_CLOCK moves the platform's time, so it is refused at start-up unless scripts/start.ts
// started the embedded database itself (a configured DATABASE_URL is never moved).
import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from '@/lib/config/env';
import { messages } from '@/lib/i18n';

const valid = {
  DATABASE_URL: 'postgresql://localhost:54329/planeta',
  APP_URL: 'http://localhost:3000',
  AUTH_SECRET: 'x'.repeat(40),
};

describe('DEMO_CLOCK at start-up', () => {
  it('is refused with a database the person configured, naming why', () => {
    expect(() => parseEnv({ ...valid, DEMO_CLOCK: '1' })).toThrow(ConfigError);
    expect(() => parseEnv({ ...valid, DEMO_CLOCK: '1' })).toThrow(messages().demoClock.refusedWithDatabaseUrl);
  });

  it('is allowed on the embedded database npm start opened', () => {
    expect(parseEnv({ ...valid, DEMO_CLOCK: '1', PLANETA_EMBEDDED_DB: '1' }).DEMO_CLOCK).toBe('1');
  });

  it('is off by default and accepts only 0 or 1', () => {
    expect(parseEnv(valid).DEMO_CLOCK).toBe('0');
    expect(() => parseEnv({ ...valid, DEMO_CLOCK: 'yes' })).toThrow(/DEMO_CLOCK/);
  });
});
