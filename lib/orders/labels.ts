import type { OrderStatus, PaymentStatus } from '@/lib/db/generated/enums';

export const ORDER_STATUS_LABEL: Record<OrderStatus, string> = {
  AWAITING_PAYMENT: 'Oczekuje na płatność',
  PAID: 'Opłacone',
  CANCELED: 'Anulowane',
  REFUNDED: 'Zwrócone',
  PARTIALLY_REFUNDED: 'Częściowo zwrócone',
};

export const PAYMENT_STATUS_LABEL: Record<PaymentStatus, string> = {
  NEW: 'utworzona',
  PENDING: 'w toku',
  WAITING_FOR_CONFIRMATION: 'czeka na potwierdzenie',
  COMPLETED: 'zakończona',
  CANCELED: 'anulowana',
};
