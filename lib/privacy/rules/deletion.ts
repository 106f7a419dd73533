// What an account deletion does with each kind of record, and why: the one table of keep-rules
// (art. 17 ust. 3 lit. b and e RODO say what may stay), which the retention table of issue 16 part B
// can absorb. Pure: the deletion service asks `ruleFor` per record and `deletionRefusals` first.
export type DeletionAction = 'delete' | 'anonymise' | 'keep';

/** A kept or anonymised record's legal basis and for how long it stays, as catalogue keys. */
export type KeepBasis =
  | 'tax' // art. 112 ustawy o VAT, art. 86 § 1 Ordynacji podatkowej: 5 years from the end of the year
  | 'claims' // art. 6 ust. 1 lit. f RODO, art. 118 k.c.: defence of claims until they are time-barred
  | 'certificate' // art. 6 ust. 1 lit. f RODO: the authenticity of a certificate shown to others, 5 years
  | 'complaint' // art. 7a u.p.k., art. 6 ust. 1 lit. f RODO: 3 years from the answer
  | 'proofOfSending' // art. 6 ust. 1 lit. f RODO: who got which message when (the body goes), 3 years
  | 'accountability' // art. 5 ust. 2 RODO: that a request was made and answered
  | 'familyContract'; // art. 6 ust. 1 lit. b/c RODO: a paid package of a child is part of an invoiced order

export type RecordFacts =
  | { type: 'profile' }
  | { type: 'credentials' }
  | { type: 'contact' }
  | { type: 'session' }
  | { type: 'token' }
  | { type: 'cart' }
  | { type: 'order'; hasPaymentOrInvoice: boolean }
  | { type: 'invoice' }
  | { type: 'payment' }
  | { type: 'enrolment'; hasCertificate: boolean }
  | { type: 'lessonProgress' }
  | { type: 'testAttempt' }
  | { type: 'certificate' }
  | { type: 'child'; hasPaidPackage: boolean }
  | { type: 'familyTrial' }
  | { type: 'groupMembership' }
  | { type: 'groupAdmin' }
  | { type: 'ownedGroup' }
  | { type: 'contactMessage' }
  | { type: 'officeMessage' } // the language learner's thread with the school's office, with its files
  | { type: 'complaint' }
  | { type: 'email' }
  | { type: 'queuedEmail' } // still in the outbox: never delivered, so nothing to prove
  | { type: 'dataExport' }
  | { type: 'privacyRequest' }
  | { type: 'loginThrottle' };

export type RecordType = RecordFacts['type'];
export type DeletionRule = { action: DeletionAction; basis?: KeepBasis };

/**
 * The table. Certificates keep the name on the public verification page: the privacy policy
 * (§ okresy) keeps certificate data 5 years so that the people the holder showed it to can check
 * it (art. 6 ust. 1 lit. f), and a BHP certificate's register must be kept by the organiser; the
 * person may object (art. 21) through a request, and staff then revoke the public page.
 */
export function ruleFor(r: RecordFacts): DeletionRule {
  switch (r.type) {
    case 'profile':
      return { action: 'anonymise' }; // "Usunięty użytkownik #id" wherever the person appeared
    case 'credentials':
    case 'contact':
      return { action: 'anonymise' }; // e-mail, login, password hash, phone, country cleared
    case 'session':
    case 'token':
    case 'cart':
    case 'lessonProgress':
    case 'testAttempt':
    case 'familyTrial':
    case 'groupAdmin':
    case 'contactMessage':
    case 'officeMessage':
    case 'dataExport':
    case 'loginThrottle':
    case 'queuedEmail':
      return { action: 'delete' };
    case 'order':
      return r.hasPaymentOrInvoice ? { action: 'keep', basis: 'tax' } : { action: 'delete' };
    case 'invoice':
    case 'payment':
      return { action: 'keep', basis: 'tax' };
    case 'enrolment':
      // A certificate hangs on its enrolment: the enrolment stays (access revoked) while it does.
      return r.hasCertificate ? { action: 'anonymise', basis: 'certificate' } : { action: 'delete' };
    case 'certificate':
      return { action: 'keep', basis: 'certificate' };
    case 'child':
      return r.hasPaidPackage ? { action: 'anonymise', basis: 'familyContract' } : { action: 'delete' };
    case 'groupMembership':
      return { action: 'anonymise', basis: 'claims' }; // birth data and sealed password go; the seat stays used
    case 'ownedGroup':
      return { action: 'keep', basis: 'tax' }; // bought by an invoiced order
    case 'complaint':
      return { action: 'keep', basis: 'complaint' };
    case 'email':
      return { action: 'anonymise', basis: 'proofOfSending' };
    case 'privacyRequest':
      return { action: 'keep', basis: 'accountability' };
  }
}

/** The years a kept record of each basis stays (the retention table's future column). */
export const KEEP_PERIOD: Record<KeepBasis, { years: number; from: 'yearEnd' | 'event' }> = {
  tax: { years: 5, from: 'yearEnd' },
  claims: { years: 6, from: 'yearEnd' },
  certificate: { years: 5, from: 'event' },
  complaint: { years: 3, from: 'event' },
  proofOfSending: { years: 3, from: 'event' },
  accountability: { years: 3, from: 'event' },
  familyContract: { years: 5, from: 'yearEnd' },
};

/** What stops a deletion now, found by the service. */
export type DeletionFacts = {
  /** A member of staff: their account is closed by the team (part B: by an administrator), not here. */
  staff: boolean;
  pendingPayments: number;
  refundsInProgress: number;
  /** Active groups of which the person is the only admin (owner without a second admin). */
  soleAdminGroups: { id: string; companyName: string }[];
  /** Active groups whose participant the person is (the company is the controller, art. 28). */
  participantOf: { companyName: string }[];
  /** A child's paid package still running (the contract with the parent). */
  activeChildPackages: { childName: string; endsAt: Date | null }[];
};

export type DeletionRefusal =
  | { reason: 'privacy.delete.refused.staff' }
  | { reason: 'privacy.delete.refused.pendingPayment' }
  | { reason: 'privacy.delete.refused.refundInProgress' }
  | { reason: 'privacy.delete.refused.soleGroupAdmin'; groups: { id: string; companyName: string }[] }
  | { reason: 'privacy.delete.refused.groupParticipant'; companies: string[] }
  | { reason: 'privacy.delete.refused.activeChildPackage'; children: { childName: string; endsAt: Date | null }[] };

/** Every reason the account cannot be deleted now (empty: it can). */
export function deletionRefusals(f: DeletionFacts): DeletionRefusal[] {
  const out: DeletionRefusal[] = [];
  if (f.staff) out.push({ reason: 'privacy.delete.refused.staff' });
  if (f.pendingPayments > 0) out.push({ reason: 'privacy.delete.refused.pendingPayment' });
  if (f.refundsInProgress > 0) out.push({ reason: 'privacy.delete.refused.refundInProgress' });
  if (f.soleAdminGroups.length)
    out.push({ reason: 'privacy.delete.refused.soleGroupAdmin', groups: f.soleAdminGroups });
  if (f.participantOf.length)
    out.push({
      reason: 'privacy.delete.refused.groupParticipant',
      companies: [...new Set(f.participantOf.map((p) => p.companyName))],
    });
  if (f.activeChildPackages.length)
    out.push({ reason: 'privacy.delete.refused.activeChildPackage', children: f.activeChildPackages });
  return out;
}

/** The name an anonymised person shows as: a short, stable part of their id. */
export function shortIdOf(userId: string): string {
  return userId.slice(-6).toUpperCase();
}
