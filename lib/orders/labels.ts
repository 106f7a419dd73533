// Labels of the stored order and payment statuses, from the catalogue.
import type { OrderStatus, PaymentStatus } from '@/lib/db/generated/enums';
import { messages } from '@/lib/i18n';

export const ORDER_STATUS_LABEL: Record<OrderStatus, string> = messages().checkout.orderStatus;

export const PAYMENT_STATUS_LABEL: Record<PaymentStatus, string> = messages().checkout.paymentStatus;
