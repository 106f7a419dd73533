// The Polish message catalogue, one file per area. An English catalogue only has to satisfy the
// same `Messages` type (every key present, functions with the same parameters).
import { common } from './common';
import { auth } from './auth';
import { learning } from './learning';
import { checkout } from './checkout';
import { families } from './families';
import { groups } from './groups';
import { ops } from './ops';
import { panel } from './panel';
import { support } from './support';
import { contract } from './contract';
import { people } from './people';
import { invoices } from './invoices';
import { privacy } from './privacy';
import { ksef } from './ksef';
import { audit } from './audit';
import { staff } from './staff';
import { live } from './live';
import { liveEngine } from './live-engine';
import { livePanel } from './live-panel';
import { quiz } from './quiz';
import { liveLearner } from './live-learner';
import { billingAccount } from './billing-account';
import { billingPanel } from './billing-panel';
import { billing } from './billing';
import { billingPay } from './billing-pay';
import { discounts } from './discounts';
import { billingRun } from './billing-run';
import { demoClock } from './demo-clock';
import { languagePlacement } from './language-placement';
import { languageZone } from './language-zone';
import { languageOffice } from './language-office';
import { languageSignup } from './language-signup';
import { liveMaths } from './live-maths';
import { languageEmails } from './language-emails';
import { centresPanel } from './centres-panel';
import { centresEnrol } from './centres-enrol';
import { centresParent } from './centres-parent';
import { centresDesk } from './centres-desk';
import { matura } from './matura';
import { licence } from './licence';
import { planner } from './planner';
import { plannerStudents } from './planner-students';
import { plannerDeclarations } from './planner-declarations';
import { plannerTeams } from './planner-teams';
import { plannerPrintouts } from './planner-printouts';
import { plannerSchool } from './planner-school';
import { plannerLifecycle } from './planner-lifecycle';
import { plannerSubjects } from './planner-subjects';
import { charts } from './charts';
import { languageSwitch } from './language-switch';
import { courseLanguage } from './course-language';
import { offers } from './offers';
import { emails } from './emails';
import { emailsAccount } from './emails-account';
import { emailsOrders } from './emails-orders';
import { emailsGroups } from './emails-groups';
import { emailsFamilies } from './emails-families';
import { emailsPrivacy } from './emails-privacy';
import { emailsLive } from './emails-live';
import { emailsBilling } from './emails-billing';
import { emailsSupport } from './emails-support';

export const pl = {
  ...common,
  auth,
  learning,
  checkout,
  families,
  groups,
  ops,
  panel,
  support,
  contract,
  people,
  invoices,
  privacy,
  ksef,
  audit,
  staff,
  live,
  livePanel,
  liveEngine,
  quiz,
  liveLearner,
  billingAccount,
  billingPanel,
  billing,
  billingPay,
  discounts,
  billingRun,
  demoClock,
  languagePlacement,
  languageZone,
  languageOffice,
  languageSignup,
  liveMaths,
  languageEmails,
  centresPanel,
  centresEnrol,
  centresParent,
  centresDesk,
  matura,
  licence,
  planner,
  plannerStudents,
  plannerDeclarations,
  plannerTeams,
  plannerPrintouts,
  plannerSchool,
  plannerLifecycle,
  plannerSubjects,
  charts,
  languageSwitch,
  courseLanguage,
  offers,
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

type Widen<T> = T extends string
  ? string
  : T extends (...a: infer A) => infer R
    ? (...a: A) => Widen<R>
    : { [K in keyof T]: Widen<T[K]> };
export type Messages = Widen<typeof pl>;
