// TRUST_PROXY: which proxies in front of the app may report the client's address. Unset or `none`
// (the default) trusts no header; a number trusts that many hops; a CIDR list trusts those ranges.
import { BlockList, isIP } from 'node:net';
import { z } from 'zod';
import { messages } from '@/lib/i18n';

export type TrustProxy = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'cidrs'; ranges: BlockList };

const cidr = (entry: string): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | null => {
  const [address, bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length) return null;
  const max = version === 4 ? 32 : 128;
  const prefix = bits === undefined ? max : /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
  return prefix >= 0 && prefix <= max ? { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' } : null;
};

/** Parses the setting; null when it is malformed. */
export function parseTrustProxy(raw: string | undefined): TrustProxy | null {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '' || value === 'none' || value === '0') return { kind: 'none' };
  if (/^\d+$/.test(value)) return Number(value) <= 20 ? { kind: 'hops', hops: Number(value) } : null;
  const ranges = new BlockList();
  for (const entry of value.split(',').map((s) => s.trim())) {
    const c = cidr(entry);
    if (!c) return null;
    ranges.addSubnet(c.address, c.prefix, c.family);
  }
  return { kind: 'cidrs', ranges };
}

export const trustProxyEnvSchema = z.object({
  TRUST_PROXY: z
    .string()
    .optional()
    .refine((v) => parseTrustProxy(v) !== null, { message: messages().ops.trustProxy }),
});
