// Background jobs of contract payments: charging a stored card, enqueued by the daily billing
// run (step 'card') with the charge's id, once per (charge, step).
import type { JobDefs } from '@/lib/jobs/names';
import { chargeStoredCard } from './card';

export const billingPaymentJobs: JobDefs<'billing.card-charge'> = {
  'billing.card-charge': {
    handler: async (data) => {
      const chargeId = typeof data.chargeId === 'string' ? data.chargeId : null;
      if (!chargeId) throw new Error('billing.card-charge needs a chargeId');
      const outcome = await chargeStoredCard(chargeId);
      // PayU has not decided yet: payments.reconcile (every 5 minutes) asks again and settles it.
      if (outcome !== 'paid') console.info('[billing] card charge', chargeId, outcome);
    },
  },
};
