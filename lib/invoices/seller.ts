// The platform as the seller on invoices and the processor in data-processing agreements,
// from the configuration validated at start-up (lib/config/env.ts, schema in ./seller-env.ts).
import { sellerEnv } from '@/lib/config/env';
import { sellerFromEnv, type Seller } from './seller-env';

export { parseSeller, SAMPLE_SELLER_NIP, type Seller } from './seller-env';

let cached: Seller | undefined;
/** The platform's seller data, read once. */
export function seller(): Seller {
  cached ??= sellerFromEnv(sellerEnv());
  return cached;
}
