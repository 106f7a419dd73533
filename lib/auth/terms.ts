// The version of the terms a person accepts; stored with every account and order. It is the
// newest module in lib/legal/terms/ (lib/legal/registry.ts), so publishing a version moves it.
import { CURRENT_TERMS_VERSION } from '@/lib/legal/registry';

export const TERMS_VERSION = CURRENT_TERMS_VERSION;

/** Whether a person who accepted `accepted` (null: never) must accept the terms in force. */
export const needsTermsAcceptance = (accepted: string | null | undefined) => accepted !== TERMS_VERSION;
