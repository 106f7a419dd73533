// The local offline certificate's key for QR code II: an EC P-256 key and a serial made once and
// kept in .data/ksef/ (like the local auth secret), so codes printed yesterday still verify today.
// The real one is a KSeF "Offline" certificate enrolled at the Ministry (KSEF_OFFLINE_*).
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type OfflineCertificate = { serial: string; privateKeyPem: string };

export function localOfflineCertificate(dataDir: string): OfflineCertificate {
  const dir = path.join(dataDir, 'ksef');
  const file = path.join(dir, 'offline-certificate.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as OfflineCertificate;
  mkdirSync(dir, { recursive: true });
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  // KSeF certificate serials are 16 hex digits (kody-qr.md's example: 01F20A5D352AE590).
  const made: OfflineCertificate = {
    serial: randomBytes(8).toString('hex').toUpperCase(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
  writeFileSync(file, JSON.stringify(made, null, 2), { mode: 0o600 });
  return made;
}
