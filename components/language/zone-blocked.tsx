// What a learner whose contract does not grant access sees instead of lessons and booking (B8,
// B11): why, what is overdue, and the pay link; their progress below stays as it was.
import { messages } from '@/lib/i18n';
import type { ZoneAccess } from '@/lib/language/zone/zone-page';
import type { ZoneContract } from '@/lib/language/zone/payments';
import { Notice } from '@/components/forms/notice';
import { ChargeList } from './zone-payments';
import { currentLocale } from '@/lib/locale/current';

export async function ZoneBlocked({
  access,
  contract,
}: {
  access: Extract<ZoneAccess, { kind: 'blocked' }>;
  contract: ZoneContract | undefined;
}) {
  const locale = await currentLocale();
  const t = messages(locale).languageZone;
  const [title, why] =
    access.status === 'SUSPENDED'
      ? [t.suspendedTitle, t.suspendedWhy]
      : access.status === 'PENDING'
        ? [t.pendingTitle, t.pendingWhy]
        : [t.endedTitle, t.endedWhy];
  const due = contract?.open.filter((c) => c.state.kind === 'overdue' || c.payable) ?? [];
  return (
    <Notice tone="error" as="div" role="alert" className="space-y-3" data-testid="zone-blocked">
      <h2 className="text-lg font-semibold">{title}</h2>
      <p>{why}</p>
      {contract?.explained?.lines.map((l) => (
        <p key={l}>{l}</p>
      ))}
      {due.length > 0 && (
        <div className="space-y-2">
          <h3 className="font-semibold">{t.suspendedOverdue}</h3>
          <ChargeList charges={due} />
        </div>
      )}
    </Notice>
  );
}
