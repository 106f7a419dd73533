// The PayU client for this instance, configured from the validated environment. Pointing
// PAYU_BASE_URL at https://secure.snd.payu.com (with the sandbox POS) needs no code change.
import { env } from '@/lib/config/env';
import { absoluteUrl } from '@/lib/url';
import { createPayuClient, type PayuClient } from './payu';

const g = globalThis as unknown as { __planetaPayu?: { key: string; client: PayuClient } };

export function payu(): PayuClient {
  const e = env();
  const key = `${e.PAYU_BASE_URL}|${e.PAYU_CLIENT_ID}`;
  if (!g.__planetaPayu || g.__planetaPayu.key !== key) {
    g.__planetaPayu = {
      key,
      client: createPayuClient({
        baseUrl: e.PAYU_BASE_URL,
        posId: e.PAYU_POS_ID,
        clientId: e.PAYU_CLIENT_ID,
        clientSecret: e.PAYU_CLIENT_SECRET,
      }),
    };
  }
  return g.__planetaPayu.client;
}

export const notifyUrl = () => absoluteUrl('/api/payu/notify');
