// English catalogue: the daily billing run as staff see it. Mirrors lib/i18n/pl/billing-run.ts key for key.
import type { Messages } from '../pl';

export const billingRun: Messages['billingRun'] = {
  steps: {
    link: 'Payment link sent',
    reminder: 'Payment reminder',
    card: 'Saved card charged',
    suspend: 'Suspension',
    demand: 'Demand for payment',
    notice: 'Notice of termination',
    terminate: 'Termination for non-payment',
    void: 'Voided (no first payment)',
    'run-out': 'End of the notice period',
    'continuation-drop': 'Loss of the Continuation discount',
  },
  summaryLine: (label: string, n: number) => `${label}: ${n}`,
  summaryNone: 'No contract needed any action today.',
  summaryTitle: 'Billing run steps',
};
