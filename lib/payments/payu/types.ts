// PayU REST API v2.1 wire format (Poland). Amounts on the wire are integer minor units written
// as decimal strings ("12900" = 129,00 zł); PayU accepts numbers in requests but always sends
// strings back, so we always send strings too.

export type WireAmount = string;

export const ORDER_STATUSES = ['NEW', 'PENDING', 'WAITING_FOR_CONFIRMATION', 'COMPLETED', 'CANCELED'] as const;
export type PayuOrderStatus = (typeof ORDER_STATUSES)[number];

export const REFUND_STATUSES = ['PENDING', 'CANCELED', 'FINALIZED'] as const;
export type PayuRefundStatus = (typeof REFUND_STATUSES)[number];

/** `status` block of every API response; `code`/`codeLiteral` only on errors. */
export type PayuStatus = {
  statusCode: string;
  code?: string;
  codeLiteral?: string;
  statusDesc?: string;
  severity?: string;
};

export type PayuErrorBody = { status: PayuStatus };

/** Body of an OAuth failure: the token endpoint speaks OAuth, not PayU's status format. */
export type OAuthErrorBody = { error: string; error_description?: string };

export type OAuthTokenResponse = {
  access_token: string;
  token_type: string;
  expires_in: number;
  grant_type: string;
};

export type PayuBuyer = {
  email: string;
  phone?: string;
  firstName?: string;
  lastName?: string;
  language?: string;
  extCustomerId?: string;
};

export type PayuProduct = {
  name: string;
  unitPrice: WireAmount;
  quantity: string;
  virtual?: boolean;
};

/**
 * `type:'PBL'` with `value:'blik'`, `'c'` (PayU's card form) or a bank code; omit for PayU's method-selection page.
 * `type:'CARD_TOKEN'` with a multi-use `TOKC_…` token charges a stored card. In PayU's answers for a card
 * the same block carries the token and the masked card (`card.number`, `expirationMonth`, `expirationYear`).
 */
export type PayuPayMethods = {
  payMethod: {
    type: 'PBL' | 'CARD_TOKEN' | 'PAYMENT_WALL';
    value?: string;
    card?: { number?: string; expirationMonth?: string; expirationYear?: string };
  };
};

/** Who starts a card payment: FIRST (the payer, card saved for later), STANDARD (us, later, the payer absent). */
export type PayuRecurring = 'FIRST' | 'STANDARD';

export type PayuProperty = { name: string; value: string };

export type OrderCreateRequest = {
  notifyUrl: string;
  continueUrl?: string;
  customerIp: string;
  merchantPosId: string;
  description: string;
  additionalDescription?: string;
  currencyCode: string;
  totalAmount: WireAmount;
  extOrderId?: string;
  validityTime?: string;
  buyer?: PayuBuyer;
  products: PayuProduct[];
  payMethods?: PayuPayMethods;
  recurring?: PayuRecurring;
};

/** Sent with HTTP 302 (redirect flow) or 200/201; statusCode SUCCESS or WARNING_CONTINUE_REDIRECT. */
export type OrderCreateResponse = {
  status: PayuStatus;
  redirectUri: string;
  orderId: string;
  extOrderId?: string;
  /** A card order: the multi-use token (TOKC_…) and the masked card. */
  payMethods?: PayuPayMethods;
};

/** An order as PayU returns it from retrieve and inside notifications. */
export type PayuOrder = {
  orderId: string;
  extOrderId?: string;
  orderCreateDate: string;
  notifyUrl?: string;
  customerIp: string;
  merchantPosId: string;
  description: string;
  currencyCode: string;
  totalAmount: WireAmount;
  buyer?: PayuBuyer;
  payMethod?: { type: string; value?: string; card?: PayuPayMethods['payMethod']['card'] };
  products: PayuProduct[];
  status: PayuOrderStatus;
};

export type OrderRetrieveResponse = {
  orders: PayuOrder[];
  status: PayuStatus;
  properties?: PayuProperty[];
  /** After a card payment with `recurring: FIRST`: the multi-use token PayU stored. */
  payMethods?: PayuPayMethods;
};

export type OrderCancelResponse = { orderId: string; extOrderId?: string; status: PayuStatus };

export type OrderNotification = {
  order: PayuOrder;
  localReceiptDateTime?: string;
  properties?: PayuProperty[];
};

export type RefundCreateRequest = {
  refund: { description: string; amount?: WireAmount; extRefundId?: string; currencyCode?: string };
};

export type PayuRefundRecord = {
  refundId: string;
  extRefundId?: string;
  amount: WireAmount;
  currencyCode: string;
  description: string;
  creationDateTime: string;
  status: PayuRefundStatus;
  statusDateTime: string;
};

export type RefundCreateResponse = { orderId: string; refund: PayuRefundRecord; status: PayuStatus };

export type RefundNotification = {
  orderId: string;
  extOrderId?: string;
  refund: {
    refundId: string;
    amount: WireAmount;
    currencyCode: string;
    status: PayuRefundStatus;
    statusDateTime: string;
    reason: string;
    reasonDescription: string;
    refundDate?: string;
  };
};

/** Availability of a method at the POS right now (PayU switches banks off during outages). */
export type PayuPayMethodStatus = 'ENABLED' | 'DISABLED' | 'TEMPORARY_DISABLED';

/** One entry of `payByLinks`: a PBL value usable in payMethods, with the POS's amount limits (minor units). */
export type PayuPayByLink = {
  value: string;
  name: string;
  brandImageUrl: string;
  status: PayuPayMethodStatus;
  minAmount?: number;
  maxAmount?: number;
};

/** A card stored for a customer (trusted_merchant token only). */
export type PayuCardToken = {
  value: string;
  brandImageUrl: string;
  preferred: boolean;
  status: string;
  cardExpirationYear: string;
  cardExpirationMonth: string;
  cardNumberMasked: string;
  cardBrand: string;
  cardScheme?: string;
};

/** A PayU Express (PEX) bank-account token (trusted_merchant token only). */
export type PayuPexToken = {
  value: string;
  name: string;
  brandImageUrl: string;
  preferred: boolean;
  status: string;
  accountNumber: string;
  payType: string;
};

/** `GET /api/v2_1/paymethods`. Tokens appear only for a trusted_merchant token; ours is client_credentials. */
export type PaymethodsResponse = {
  cardTokens?: PayuCardToken[];
  pexTokens?: PayuPexToken[];
  payByLinks?: PayuPayByLink[];
  status: PayuStatus;
};
