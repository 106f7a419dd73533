// The audit log's action codes: stable English codes stored in AuditEntry.action and translated
// where shown (lib/i18n/pl/audit.ts). Add new codes at the end; never rename a stored one.
export const AUDIT_ACTIONS = [
  'refund.requested',
  'payment.booked',
  'group.agreement.accepted',
  'group.agreement.rejected',
  'group.agreement.posted',
  'group.report.approved',
  'group.report.commented',
  'family.class-change.approved',
  'family.class-change.rejected',
  'family.decision',
  'complaint.answered',
  'course.published',
  'course.unpublished',
  'course.price.changed',
  'privacy.export.requested',
  'privacy.account.deleted',
  'privacy.request.decided',
  'retention.run',
  'user.roles.changed',
  'user.blocked',
  'user.unblocked',
  'user.password-reset.sent',
  'invoice.ksef.resent',
  'group.participants.exported',
  'group.participants.deleted',
  'certificate.revoked',
  'certificate.restored',
  'live.group.created',
  'live.group.capacity',
  'live.group.cancelled',
  'live.session.moved',
  'live.session.capacity',
  'live.session.cancelled',
  'contract.suspended',
  'contract.resumed',
  'contract.notice',
  'contract.ended',
  'contract.voided',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Object types the history is kept for (AuditEntry.objectType). */
export const AUDIT_OBJECT_TYPES = [
  'order',
  'group',
  'family',
  'user',
  'course',
  'complaint',
  'privacyRequest',
  'invoice',
  'retention',
  'liveGroup',
  'liveSession',
  // Stored by the KSeF resend since issue 15 (the model's name; kept as stored).
  'KsefDocument',
] as const;
export type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];
