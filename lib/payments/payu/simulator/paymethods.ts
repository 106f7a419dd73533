// GET /api/v2_1/paymethods for the simulator's POS: the card form, BLIK and the banks of the pay
// page, in PayU's answer shape; under a customer's trusted_merchant token also that customer's
// stored cards (the POS's client_credentials token sees none). The limits are the simulator's,
// modelled on PayU's documented card range (0,05–999 999,99 zł); a real POS reports its own.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PaymethodsResponse, PayuPayByLink } from '../types';
import { sendJson } from './http';
import { requireBearer } from './oauth';
import { cardTokensOf } from './cards';
import { BANKS } from './pay-page';
import type { SimContext } from './state';

const img = (value: string) => `https://static.payu.com/images/mobile/logos/pbl_${value}.png`;

export const DEFAULT_PAY_BY_LINKS: PayuPayByLink[] = [
  {
    value: 'c',
    name: 'Płatność online kartą płatniczą',
    brandImageUrl: img('c'),
    status: 'ENABLED',
    minAmount: 5,
    maxAmount: 99999999,
  },
  { value: 'blik', name: 'BLIK', brandImageUrl: img('blik'), status: 'ENABLED', minAmount: 1, maxAmount: 5000000 },
  ...BANKS.map((b): PayuPayByLink => ({
    value: b.code,
    name: b.name,
    brandImageUrl: img(b.code),
    status: 'ENABLED',
    minAmount: 1,
    maxAmount: 99999999,
  })),
];

export function listPayMethods(ctx: SimContext, req: IncomingMessage, res: ServerResponse): void {
  const token = requireBearer(ctx, req, res);
  if (!token) return;
  const body: PaymethodsResponse = {
    cardTokens: token.customer ? cardTokensOf(ctx, token.customer.extCustomerId) : [],
    pexTokens: [],
    payByLinks: ctx.settings.payByLinks,
    status: { statusCode: 'SUCCESS' },
  };
  sendJson(res, 200, body);
}
