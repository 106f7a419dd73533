// Public surface of the PayU integration; the simulator is imported from ./simulator/server.
export {
  createPayuClient,
  parsePayByLinks,
  type CreatedPayuOrder,
  type NewPayuRefund,
  type PayuClient,
  type PayuClientOptions,
  type PayuOrderSnapshot,
  type PayuPayMethods,
  type PayuRefund,
} from './client';
export {
  PAYU_PRODUCTION_URL,
  PAYU_SANDBOX_URL,
  PAYU_SIMULATOR_URL,
  SANDBOX_POS,
  payuConfigFromEnv,
  payuEnvSchema,
  type PayuConfig,
} from './config';
export { isMultiUseToken, storedCardOf, type StoredCard } from './card-token';
export { PayuError, PayuUnavailableError } from './errors';
export {
  parseNotification,
  receiveNotification,
  type PayuNotification,
  type ReceivedNotification,
} from './notification';
export { fromWireAmount, orderTotal, toWireAmount, type NewPayuOrder, type NewPayuOrderProduct } from './order-request';
export {
  computeSignature,
  findSignatureHeader,
  parseSignatureHeader,
  signatureHeader,
  verifySignature,
} from './signature';
export type * from './types';
