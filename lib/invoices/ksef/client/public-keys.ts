// The Ministry's public-key certificates (bezpieczenstwo/klucze-publiczne-do-szyfrowania.md),
// fetched once and kept: per usage, the one valid now with the latest validFrom. KSeF's 21470
// ("unknown or withdrawn key") makes the caller drop them and fetch again.
import type { KeyObject } from 'node:crypto';
import { KsefUnavailableError } from '../types';
import type { Api } from './api';
import { readCertificate } from './crypto';

export type KeyUsage = 'KsefTokenEncryption' | 'SymmetricKeyEncryption';
export type PublicKeyChoice = { publicKey: KeyObject; publicKeyId: string };
export type PublicKeys = { get(usage: KeyUsage): Promise<PublicKeyChoice>; forget(): void };

type WireCertificate = {
  certificate: string;
  publicKeyId?: string;
  validFrom: string;
  validTo: string;
  usage: string[];
};

export function pickCertificate(list: WireCertificate[], usage: KeyUsage, now: number): WireCertificate | null {
  const valid = list.filter(
    (c) => c.usage?.includes(usage) && Date.parse(c.validFrom) <= now && now <= Date.parse(c.validTo),
  );
  valid.sort((a, b) => Date.parse(b.validFrom) - Date.parse(a.validFrom));
  return valid[0] ?? null;
}

export function createPublicKeys(api: Api, now: () => number): PublicKeys {
  let list: Promise<WireCertificate[]> | null = null;

  function fetchList(): Promise<WireCertificate[]> {
    const request = api({ method: 'GET', path: '/security/public-key-certificates', ok: [200] }).then((r) =>
      Array.isArray(r.body) ? (r.body as WireCertificate[]) : [],
    );
    // A failed fetch is not kept: the next caller asks again.
    request.catch(() => {
      if (list === request) list = null;
    });
    return request;
  }

  return {
    async get(usage) {
      list ??= fetchList();
      const chosen = pickCertificate(await list, usage, now());
      if (!chosen) {
        list = null;
        throw new KsefUnavailableError(`KSeF lists no valid ${usage} certificate`);
      }
      const read = readCertificate(chosen.certificate);
      return { publicKey: read.publicKey, publicKeyId: chosen.publicKeyId ?? read.publicKeyId };
    },
    forget() {
      list = null;
    },
  };
}
