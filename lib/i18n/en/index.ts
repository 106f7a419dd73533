// The English catalogue, assembled area by area as the translations arrive: every area file is
// complete by its own type (Messages['<area>']); the whole is a deep-partial of the Polish one,
// read through withFallback (Polish per missing key). Add each new area file here.
import type { Messages } from '../pl';
import type { DeepPartial } from '../fallback';
import { auth } from './auth';
import { audit } from './audit';
import { livePanel } from './live-panel';
import { planner } from './planner';
import { plannerPrintouts } from './planner-printouts';
import { plannerTeams } from './planner-teams';
import { staff } from './staff';
import { billingAccount } from './billing-account';
import { billingPay } from './billing-pay';
import { billingRun } from './billing-run';
import { billing } from './billing';
import { centresDesk } from './centres-desk';
import { centresEnrol } from './centres-enrol';
import { centresParent } from './centres-parent';
import { charts } from './charts';
import { checkout } from './checkout';
import { common } from './common';
import { contract } from './contract';
import { demoClock } from './demo-clock';
import { discounts } from './discounts';
import { families } from './families';
import { groups } from './groups';
import { invoices } from './invoices';
import { ksef } from './ksef';
import { languageEmails } from './language-emails';
import { languageOffice } from './language-office';
import { languagePlacement } from './language-placement';
import { languageSignup } from './language-signup';
import { languageSwitch } from './language-switch';
import { courseLanguage } from './course-language';
import { offers } from './offers';
import { languageZone } from './language-zone';
import { learning } from './learning';
import { licence } from './licence';
import { liveEngine } from './live-engine';
import { liveLearner } from './live-learner';
import { liveMaths } from './live-maths';
import { live } from './live';
import { matura } from './matura';
import { ops } from './ops';
import { people } from './people';
import { plannerDeclarations } from './planner-declarations';
import { plannerLifecycle } from './planner-lifecycle';
import { plannerSchool } from './planner-school';
import { plannerStudents } from './planner-students';
import { plannerSubjects } from './planner-subjects';
import { privacy } from './privacy';
import { quiz } from './quiz';
import { support } from './support';
import { panel } from './panel';
import { billingPanel } from './billing-panel';
import { centresPanel } from './centres-panel';
import { emails } from './emails';
import { emailsAccount } from './emails-account';
import { emailsOrders } from './emails-orders';
import { emailsGroups } from './emails-groups';
import { emailsFamilies } from './emails-families';
import { emailsPrivacy } from './emails-privacy';
import { emailsLive } from './emails-live';
import { emailsBilling } from './emails-billing';
import { emailsSupport } from './emails-support';

export const en: DeepPartial<Messages> = {
  audit,
  livePanel,
  planner,
  plannerPrintouts,
  plannerTeams,
  staff,
  auth,
  billingAccount,
  billingPay,
  billingRun,
  billing,
  centresDesk,
  centresEnrol,
  centresParent,
  charts,
  checkout,
  ...common,
  contract,
  demoClock,
  discounts,
  families,
  groups,
  invoices,
  ksef,
  languageEmails,
  languageOffice,
  languagePlacement,
  languageSignup,
  languageSwitch,
  courseLanguage,
  languageZone,
  learning,
  licence,
  liveEngine,
  liveLearner,
  liveMaths,
  live,
  matura,
  offers,
  ops,
  people,
  plannerDeclarations,
  plannerLifecycle,
  plannerSchool,
  plannerStudents,
  plannerSubjects,
  privacy,
  quiz,
  support,
  panel,
  billingPanel,
  centresPanel,
  emails,
  emailsAccount,
  emailsOrders,
  emailsGroups,
  emailsFamilies,
  emailsPrivacy,
  emailsLive,
  emailsBilling,
  emailsSupport,
};
