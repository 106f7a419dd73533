import { afterEach, describe, expect, it } from 'vitest';
import { clientIp, deriveClientIp, normalizeIp, PEER_HEADER } from '@/lib/http/client-ip';
import { parseTrustProxy } from '@/lib/config/trust-proxy';
import { parseEnv } from '@/lib/config/env';

const trust = (raw: string | undefined) => parseTrustProxy(raw)!;

describe('deriveClientIp', () => {
  it.each([
    // TRUST_PROXY, peer, X-Forwarded-For, client
    ['', '198.51.100.7', ['6.6.6.6'], '198.51.100.7'],
    ['none', '198.51.100.7', ['1.1.1.1, 2.2.2.2'], '198.51.100.7'],
    ['none', '::ffff:198.51.100.7', [], '198.51.100.7'],
    ['1', '10.0.0.1', ['6.6.6.6, 198.51.100.7'], '198.51.100.7'],
    ['1', '10.0.0.1', ['6.6.6.6', '198.51.100.7'], '198.51.100.7'], // repeated header lines
    ['1', '10.0.0.1', [], '10.0.0.1'], // straight to the app: the peer
    ['2', '10.0.0.1', ['6.6.6.6, 198.51.100.7, 10.0.0.2'], '198.51.100.7'],
    ['2', '10.0.0.1', ['198.51.100.7'], '198.51.100.7'], // shorter chain: the furthest address
    ['10.0.0.0/8', '10.0.0.1', ['6.6.6.6, 198.51.100.7, 10.1.2.3'], '198.51.100.7'],
    ['10.0.0.0/8', '203.0.113.5', ['6.6.6.6'], '203.0.113.5'], // untrusted peer: its headers are ignored
    ['10.0.0.0/8,192.168.0.0/16', '192.168.1.1', ['10.0.0.9'], '10.0.0.9'], // all trusted: the furthest
    ['fd00::/8', 'fd00::1', ['2001:db8::1, fd12::5'], '2001:db8::1'],
    ['fd00::/8', 'fd00::1', ['[2001:0DB8:0:0::1]:443'], '2001:db8::1'],
    ['::1', '::1', ['203.0.113.1:5000'], '203.0.113.1'],
    ['1', '10.0.0.1', ['not-an-ip'], '10.0.0.1'], // garbage where the client should be: the proxy
    ['2', '10.0.0.1', ['6.6.6.6, <script>, 198.51.100.7'], '198.51.100.7'],
    ['2', '10.0.0.1', ['6.6.6.6, junk, 10.0.0.2'], '10.0.0.2'], // garbage stops the walk
    ['1', '10.0.0.1', [''], '10.0.0.1'],
    ['none', 'garbage', [], '127.0.0.1'],
    ['none', undefined, [], '127.0.0.1'],
  ])('TRUST_PROXY=%j, peer %s, X-Forwarded-For %j → %s', (setting, peer, xff, expected) => {
    expect(deriveClientIp(peer, xff, trust(setting))).toBe(expected);
  });
});

describe('normalizeIp', () => {
  it.each([
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['2001:DB8::1', '2001:db8::1'],
    ['fe80::1%eth0', 'fe80::1'],
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['"192.0.2.1"', '192.0.2.1'],
    ['999.1.1.1', null],
    ['1.2.3', null],
    ['unknown', null],
  ])('%s → %s', (raw, expected) => expect(normalizeIp(raw)).toBe(expected));
});

describe('parseTrustProxy', () => {
  it.each(['none', '', '1', '3', '10.0.0.0/8', '10.0.0.1, 2001:db8::/32', '::1'])('accepts %j', (v) =>
    expect(parseTrustProxy(v)).not.toBeNull(),
  );
  it.each(['-1', '21', 'yes', '10.0.0.0/33', '10.0.0/8', '2001:db8::/129', '10.0.0.0/8,', '1.2.3.4/8/1'])(
    'refuses %j',
    (v) => expect(parseTrustProxy(v)).toBeNull(),
  );
});

describe('TRUST_PROXY at start-up', () => {
  const valid = {
    DATABASE_URL: 'postgresql://u:p@localhost/p',
    APP_URL: 'http://localhost:3000',
    AUTH_SECRET: 'x'.repeat(40),
  };
  it('stops the server on a malformed value, naming the variable, and defaults to none', () => {
    expect(() => parseEnv({ ...valid, TRUST_PROXY: '10.0.0.0/99' })).toThrow(/TRUST_PROXY/);
    expect(() => parseEnv({ ...valid, TRUST_PROXY: '10.0.0.0/8, fd00::/8' })).not.toThrow();
    expect(parseTrustProxy(parseEnv(valid).TRUST_PROXY)).toEqual({ kind: 'none' });
  });
});

describe('clientIp', () => {
  const flag = Symbol.for('planeta.peerHeader');
  afterEach(() => delete (globalThis as Record<symbol, unknown>)[flag]);

  it('believes the peer header only when our own server set it, and never the client’s X-Real-IP', () => {
    const headers = new Headers({
      [PEER_HEADER]: '198.51.100.7',
      'x-forwarded-for': '6.6.6.6',
      'x-real-ip': '7.7.7.7',
    });
    expect(clientIp(headers, trust('none'))).toBe('6.6.6.6'); // plain next start: Next's own entry
    (globalThis as Record<symbol, unknown>)[flag] = true;
    expect(clientIp(headers, trust('none'))).toBe('198.51.100.7');
    expect(clientIp({ [PEER_HEADER]: '10.0.0.1', 'x-forwarded-for': '6.6.6.6, 198.51.100.8' }, trust('1'))).toBe(
      '198.51.100.8',
    );
  });
});
