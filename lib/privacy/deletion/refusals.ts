// A refusal of the deletion rule as a catalogue code with its values, for the page and the error.
import { formatLastDay } from '@/lib/format/time';
import type { MessageCode } from '@/lib/i18n';
import type { DeletionRefusal } from '@/lib/privacy/rules/deletion';

export function refusalCode(r: DeletionRefusal): MessageCode {
  switch (r.reason) {
    case 'privacy.delete.refused.staff':
    case 'privacy.delete.refused.pendingPayment':
    case 'privacy.delete.refused.refundInProgress':
      return r.reason;
    case 'privacy.delete.refused.soleGroupAdmin':
      return { code: r.reason, params: [r.groups.map((g) => g.companyName).join(', ')] };
    case 'privacy.delete.refused.groupParticipant':
      return { code: r.reason, params: [r.companies.join(', ')] };
    case 'privacy.delete.refused.activeChildPackage':
      return {
        code: r.reason,
        params: [
          r.children.map((c) => (c.endsAt ? `${c.childName} (${formatLastDay(c.endsAt)})` : c.childName)).join(', '),
        ],
      };
  }
}
