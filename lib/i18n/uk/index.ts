// The Ukrainian catalogue: the language school's public and learner pages (and what they share).
// Each area file is complete by its own type; the rest falls back to Polish per key.
import type { Messages } from '../pl';
import type { DeepPartial } from '../fallback';
import { auth } from './auth';
import { billing } from './billing';
import { billingAccount } from './billing-account';
import { billingPay } from './billing-pay';
import { centresEnrol } from './centres-enrol';
import { charts } from './charts';
import { checkout } from './checkout';
import { common } from './common';
import { contract } from './contract';
import { courseLanguage } from './course-language';
import { emails } from './emails';
import { emailsBilling } from './emails-billing';
import { emailsSupport } from './emails-support';
import { emailsAccount } from './emails-account';
import { emailsLive } from './emails-live';
import { emailsOrders } from './emails-orders';
import { emailsPrivacy } from './emails-privacy';
import { invoices } from './invoices';
import { languageEmails } from './language-emails';
import { languageOffice } from './language-office';
import { languagePlacement } from './language-placement';
import { languageSignup } from './language-signup';
import { languageSwitch } from './language-switch';
import { languageZone } from './language-zone';
import { learning } from './learning';
import { live } from './live';
import { liveEngine } from './live-engine';
import { liveLearner } from './live-learner';
import { offers } from './offers';
import { privacy } from './privacy';
import { quiz } from './quiz';
import { support } from './support';

export const uk: DeepPartial<Messages> = {
  auth,
  billing,
  billingAccount,
  billingPay,
  centresEnrol,
  charts,
  checkout,
  ...common,
  contract,
  courseLanguage,
  emails,
  emailsBilling,
  emailsSupport,
  emailsAccount,
  emailsLive,
  emailsOrders,
  emailsPrivacy,
  invoices,
  languageEmails,
  languageOffice,
  languagePlacement,
  languageSignup,
  languageSwitch,
  languageZone,
  learning,
  live,
  liveEngine,
  liveLearner,
  offers,
  privacy,
  quiz,
  support,
};
