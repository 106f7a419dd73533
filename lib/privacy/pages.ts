// What the privacy pages show, loaded in one call each: "Moje dane" (the same sections as the
// export's PDF, from the same loader) and "Usuń konto" (what stops the deletion now, with what to do).
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { text } from '@/lib/i18n';
import { messages } from '@/lib/i18n';
import { deletionRefusals, type DeletionRefusal } from './rules/deletion';
import { deletionFacts } from './deletion/facts';
import { refusalCode } from './deletion/refusals';
import { exportContent } from './export/content';
import { latestExport } from './export/exports';
import { loadPersonData } from './export/person-data';
import { summarySections } from './export/summary';

export async function myDataPage(userId: string, now = currentTime(), locale?: string) {
  const [data, latest] = await Promise.all([loadPersonData(userId), latestExport(userId)]);
  return { sections: summarySections(exportContent(data, now), locale), latest, now };
}

export type RefusalView = { text: string; links: { href: string; label: string }[] };

/** A refusal as shown: its reason and where to go about it. */
export function refusalView(r: DeletionRefusal, locale?: string): RefusalView {
  const o = messages(locale).privacy.delete.offers;
  const links =
    r.reason === 'privacy.delete.refused.staff'
      ? []
      : r.reason === 'privacy.delete.refused.pendingPayment' || r.reason === 'privacy.delete.refused.refundInProgress'
        ? [{ href: '/zamowienia', label: o.orders }]
        : r.reason === 'privacy.delete.refused.soleGroupAdmin'
          ? r.groups.map((g) => ({ href: `/grupy/${g.id}`, label: `${o.groups}: ${g.companyName}` }))
          : r.reason === 'privacy.delete.refused.groupParticipant'
            ? [{ href: '/konto/wnioski', label: o.request }]
            : [{ href: '/rodzina', label: o.resign }];
  return { text: text(refusalCode(r), locale), links };
}

export async function deletionPage(userId: string, now = currentTime(), locale?: string) {
  const [facts, user] = await Promise.all([
    deletionFacts(db(), userId, now),
    db().user.findUniqueOrThrow({ where: { id: userId }, select: { roles: true } }),
  ]);
  return {
    isChild: user.roles.includes('CHILD'),
    refusals: deletionRefusals(facts).map((r) => refusalView(r, locale)),
  };
}
