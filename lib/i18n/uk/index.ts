// The Ukrainian catalogue: the language school's public and learner pages (and what they share).
// Each area file is complete by its own type; the rest falls back to Polish per key.
import type { Messages } from '../pl';
import type { DeepPartial } from '../fallback';
import { auth } from './auth';
import { billingAccount } from './billing-account';
import { billingPay } from './billing-pay';
import { centresEnrol } from './centres-enrol';
import { checkout } from './checkout';
import { common } from './common';
import { courseLanguage } from './course-language';
import { emails } from './emails';
import { emailsBilling } from './emails-billing';
import { emailsSupport } from './emails-support';
import { languageEmails } from './language-emails';
import { languageOffice } from './language-office';
import { languagePlacement } from './language-placement';
import { languageSignup } from './language-signup';
import { languageSwitch } from './language-switch';
import { languageZone } from './language-zone';
import { learning } from './learning';
import { liveLearner } from './live-learner';
import { quiz } from './quiz';
import { support } from './support';

export const uk: DeepPartial<Messages> = {
  auth,
  billingAccount,
  billingPay,
  centresEnrol,
  checkout,
  ...common,
  courseLanguage,
  emails,
  emailsBilling,
  emailsSupport,
  languageEmails,
  languageOffice,
  languagePlacement,
  languageSignup,
  languageSwitch,
  languageZone,
  learning,
  liveLearner,
  quiz,
  support,
};
