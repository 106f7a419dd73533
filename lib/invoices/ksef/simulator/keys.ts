// The simulator's own "Ministry" keys: one RSA pair per usage (token encryption, session-key
// encryption), each in a self-signed certificate served as KSeF serves its own. Generated once per
// process and shared by every simulator in it (a 2048-bit key costs a noticeable fraction of a second).
import { generateKeyPair, randomBytes, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import { selfSignedCertificate, sha256Base64 } from './der';

export type KeyUsage = 'KsefTokenEncryption' | 'SymmetricKeyEncryption';

export type SimKey = {
  usage: KeyUsage;
  privateKey: KeyObject;
  /** As GET /security/public-key-certificates lists it. */
  wire: {
    certificate: string;
    certificateId: string;
    publicKeyId: string;
    validFrom: string;
    validTo: string;
    usage: KeyUsage[];
  };
};

const generate = promisify(generateKeyPair);
const YEAR_MS = 365 * 24 * 3600_000;

async function makeKey(usage: KeyUsage): Promise<SimKey> {
  const { publicKey, privateKey } = await generate('rsa', { modulusLength: 2048 });
  const notBefore = new Date(Date.now() - 30 * 24 * 3600_000);
  notBefore.setUTCMilliseconds(0);
  const notAfter = new Date(notBefore.getTime() + 2 * YEAR_MS);
  const der = selfSignedCertificate({
    subject: { commonName: 'Ministerstwo Finansów', organization: `Symulator KSeF (${usage})`, country: 'PL' },
    serial: randomBytes(16),
    notBefore,
    notAfter,
    publicKey,
    signingKey: privateKey,
  });
  return {
    usage,
    privateKey,
    wire: {
      certificate: der.toString('base64'),
      certificateId: sha256Base64(der),
      publicKeyId: sha256Base64(publicKey.export({ type: 'spki', format: 'der' })),
      validFrom: notBefore.toISOString().replace('Z', '+00:00'),
      validTo: notAfter.toISOString().replace('Z', '+00:00'),
      usage: [usage],
    },
  };
}

let shared: Promise<Record<KeyUsage, SimKey>> | null = null;

export function simulatorKeys(): Promise<Record<KeyUsage, SimKey>> {
  shared ??= Promise.all([makeKey('KsefTokenEncryption'), makeKey('SymmetricKeyEncryption')]).then(([t, s]) => ({
    KsefTokenEncryption: t,
    SymmetricKeyEncryption: s,
  }));
  return shared;
}
