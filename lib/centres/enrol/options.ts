// The choices of the enrolment form, shared by the service, the action's schema and the form.
import type { BillingPayMethod } from '@/lib/db/generated/enums';

export const CENTRE_PLANS = ['centre-annual', 'centre-half', 'centre-ten'] as const;
export type CentrePlan = (typeof CENTRE_PLANS)[number];
export const CENTRE_PAY_METHODS = ['LINK', 'TRANSFER', 'DESK'] as const satisfies readonly BillingPayMethod[];
export type CentrePayMethod = (typeof CENTRE_PAY_METHODS)[number];
