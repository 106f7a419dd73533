// The KSeF settings the client needs, from the validated configuration: where KSeF is, whose
// context (NIP) and token, where QR codes point, and the offline certificate that signs QR code II.
import { ksefEnv, sellerEnv } from '@/lib/config/env';
import { qrBaseUrlFor, type KsefEnv } from './env-schema';

export { KSEF_SIMULATOR_TOKEN, KSEF_SIMULATOR_URL, ksefEnvSchema, qrBaseUrlFor, type KsefEnv } from './env-schema';

export type KsefConfig = {
  /** API root including the version, e.g. https://api-test.ksef.mf.gov.pl/v2. */
  baseUrl: string;
  /** The context NIP the token authenticates for, and the seller NIP on every invoice. */
  nip: string;
  token: string;
  qrBaseUrl: string;
  offlineCertificate: { serial: string; privateKeyPem: string } | null;
};

/** Config from validated KSEF_* values; KSEF_NIP defaults to the seller's NIP (PLANETA_SELLER_NIP). */
export function ksefConfigFromEnv(e: KsefEnv, sellerNip: string): KsefConfig {
  const baseUrl = e.KSEF_BASE_URL.replace(/\/+$/, '');
  return {
    baseUrl,
    nip: e.KSEF_NIP ?? sellerNip,
    token: e.KSEF_TOKEN,
    qrBaseUrl: (e.KSEF_QR_BASE_URL ?? qrBaseUrlFor(baseUrl)).replace(/\/+$/, ''),
    offlineCertificate:
      e.KSEF_OFFLINE_CERT_SERIAL && e.KSEF_OFFLINE_KEY
        ? { serial: e.KSEF_OFFLINE_CERT_SERIAL, privateKeyPem: e.KSEF_OFFLINE_KEY }
        : null,
  };
}

export function ksefConfig(): KsefConfig {
  return ksefConfigFromEnv(ksefEnv(), sellerEnv().PLANETA_SELLER_NIP);
}
