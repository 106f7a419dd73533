// BBB_URL and BBB_SECRET: the simulator by default, a real server's URL in any of the ways it is
// written, and the simulator's public secret refused for a real server (with the rest of the config).
import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from '@/lib/config/env';
import { BBB_SIMULATOR_SECRET, BBB_SIMULATOR_URL, bbbEnvSchema, normaliseBbbUrl } from '@/lib/live/bbb/env';

const valid = {
  DATABASE_URL: 'postgresql://u:p@localhost:5432/planeta',
  APP_URL: 'http://localhost:3000',
  AUTH_SECRET: 'x'.repeat(40),
};

describe('BBB configuration', () => {
  it('defaults to the local simulator', () => {
    const env = parseEnv(valid);
    expect(env.BBB_URL).toBe(BBB_SIMULATOR_URL);
    expect(env.BBB_SECRET).toBe(BBB_SIMULATOR_SECRET);
    expect(bbbEnvSchema.parse({ BBB_URL: '', BBB_SECRET: '' })).toEqual({
      BBB_URL: BBB_SIMULATOR_URL,
      BBB_SECRET: BBB_SIMULATOR_SECRET,
    });
  });

  it.each([
    'https://bbb.example.com/bigbluebutton/',
    'https://bbb.example.com/bigbluebutton',
    'https://bbb.example.com/bigbluebutton/api',
    'https://bbb.example.com/bigbluebutton/api/',
  ])('reads %s as the server’s /bigbluebutton/ base', (url) => {
    expect(normaliseBbbUrl(url)).toBe('https://bbb.example.com/bigbluebutton/');
    expect(parseEnv({ ...valid, BBB_URL: url, BBB_SECRET: 'real-secret' }).BBB_URL).toBe(
      'https://bbb.example.com/bigbluebutton/',
    );
  });

  it('refuses the simulator’s secret for a real server, naming BBB_SECRET', () => {
    const error = (() => {
      try {
        return parseEnv({ ...valid, BBB_URL: 'https://bbb.example.com/bigbluebutton/' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('BBB_SECRET');
  });

  it('refuses a BBB_URL that is not a URL', () => {
    expect(() => parseEnv({ ...valid, BBB_URL: 'bbb.example.com' })).toThrow(/BBB_URL/);
  });

  it('keeps the simulator’s secret for a simulator on another local port', () => {
    expect(parseEnv({ ...valid, BBB_URL: 'http://127.0.0.1:8512/bigbluebutton/' }).BBB_SECRET).toBe(
      BBB_SIMULATOR_SECRET,
    );
  });
});
