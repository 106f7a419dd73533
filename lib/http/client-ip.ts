// The one place the client's address is derived (login limits, form limits, PayU's customerIp,
// logs). The chain is X-Forwarded-For's entries followed by the peer (the TCP socket's address);
// TRUST_PROXY says how much of it, from the right, was written by our own proxies.
import { isIP } from 'node:net';
import { trustProxy } from '@/lib/config/env';
import type { TrustProxy } from '@/lib/config/trust-proxy';

type HeaderSource = Record<string, string | string[] | undefined> | Headers | undefined;

/** Set by scripts/serve.mjs from the socket, overwriting whatever the client sent. */
export const PEER_HEADER = 'x-planeta-peer';
const PEER_FLAG = Symbol.for('planeta.peerHeader');
// No usable peer at all (a closed socket): the loopback, as before — PayU refuses 0.0.0.0.
const FALLBACK = '127.0.0.1';

/** An address in one spelling (ports, brackets, IPv4-mapped IPv6 and zero runs removed), or null. */
export function normalizeIp(raw: string | undefined): string | null {
  let s = (raw ?? '').trim().replace(/^"|"$/g, '');
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(s);
  if (bracketed) s = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(s)) s = s.slice(0, s.lastIndexOf(':'));
  s = s.replace(/%.*$/, ''); // zone id
  const version = isIP(s);
  if (version === 4) return s.split('.').map(Number).join('.');
  if (version !== 6) return null;
  const host = new URL(`http://[${s}]/`).hostname.slice(1, -1); // WHATWG URL canonicalises IPv6
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
  if (mapped) {
    const [hi, lo] = [parseInt(mapped[1], 16), parseInt(mapped[2], 16)];
    return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
  }
  return host;
}

const trusted = (trust: TrustProxy, ip: string) =>
  trust.kind === 'cidrs' && trust.ranges.check(ip, isIP(ip) === 4 ? 'ipv4' : 'ipv6');

/**
 * The client's address from the peer and the X-Forwarded-For entries (left to right). `none`: the
 * peer; `hops` n: the n-th address left of the peer; CIDR list: the first address, walking left from
 * the peer, outside the trusted ranges. An entry that is not an address ends the walk at the last
 * good one to its right: only addresses our proxies wrote are ever believed.
 */
export function deriveClientIp(peer: string | undefined, forwardedFor: readonly string[], trust: TrustProxy): string {
  const chain = [...forwardedFor.flatMap((h) => h.split(',')), peer ?? ''].map(normalizeIp);
  let best = chain[chain.length - 1];
  if (!best) return FALLBACK;
  for (let i = chain.length - 1, hop = 0; i >= 0; i--, hop++) {
    const ip = chain[i];
    if (!ip) return best;
    best = ip;
    if (trust.kind === 'none') return ip;
    if (trust.kind === 'hops' ? hop >= trust.hops : !trusted(trust, ip)) return ip;
  }
  return best;
}

const values = (headers: HeaderSource, name: string): string[] => {
  const v = headers instanceof Headers ? headers.get(name) : headers?.[name];
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
};

/**
 * The client's address of a request. The peer comes from serve.mjs's header when that server runs
 * this process; otherwise (plain `next start`, which offers route code no socket) it is the last
 * X-Forwarded-For entry, which Next itself sets to the socket's address when the client sent none.
 */
export function clientIp(headers: HeaderSource, trust: TrustProxy = trustProxy()): string {
  const forwarded = values(headers, 'x-forwarded-for');
  if ((globalThis as Record<symbol, unknown>)[PEER_FLAG]) {
    return deriveClientIp(values(headers, PEER_HEADER)[0], forwarded, trust);
  }
  const entries = forwarded.flatMap((h) => h.split(','));
  return deriveClientIp(entries.at(-1), entries.slice(0, -1), trust);
}
