// The planner's licence page (/planer/szkoly/[schoolId]/licencja): the licence's state, period and
// phase in words, the pro-forma while unpaid, the renewal offer, the read-only and purge dates,
// the director's erase and the school's complaints (A15: filed through the support area's one
// complaint service, answered in 14 days). The licence's own state is not pupils' data, so every
// level of access reads it (a blocked school still sees why).
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { formatDate, formatDateTime, formatLastDay } from '@/lib/format/time';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { proformaPath } from '@/lib/billing/contracts/sign';
import { chargePayPath } from '@/lib/billing/payments/link';
import { warsawDayStart } from '@/lib/billing/rules/days';
import { fileComplaint } from '@/lib/support/complaints';
import { licenceEndsAt, licencePeriod, purgeDueAt, renewalOfferedFrom } from '@/lib/matura/rules/deadlines';
import { plannerAccess } from '../planner';
import { plannerPath } from '../paths';
import { paidRenewalOf, renewalOf } from './shared';

type Links = { proforma: string; pay: string } | null;

export type LicencePage = {
  examYear: string;
  period: string;
  phase: string;
  level: string;
  contractNumber: string;
  unpaid: { text: string; links: Links } | null;
  renewal: { text: string; starts: string; links: Links; carried: string | null } | null;
  renewalFrom: string;
  /** The offer's time has come and no renewal stands (its pro-forma lapsed): order the next year. */
  renewalLapsed: boolean;
  readOnlyFrom: string;
  purgeOn: string;
  renewed: boolean;
  exportsPath: string;
  /** The automatic purge or the director's erase, once done. */
  erased: string | null;
  canErase: boolean;
  complaints: { number: string; received: string; state: string }[];
};

async function pendingProforma(contractId: string, viewerId: string) {
  const c = await db().contract.findUniqueOrThrow({
    where: { id: contractId },
    select: {
      number: true,
      status: true,
      payerId: true,
      charges: {
        where: { status: 'OPEN', proformaNumber: { not: null } },
        orderBy: { seq: 'asc' },
        take: 1,
        select: { id: true, proformaNumber: true, amount: true, discount: true, currency: true, dueDate: true },
      },
    },
  });
  const pf = c.status === 'PENDING' ? c.charges[0] : undefined;
  return {
    number: c.number,
    status: c.status,
    pf: pf
      ? {
          number: pf.proformaNumber!,
          amount: formatMoney(pf.amount - pf.discount, pf.currency),
          deadline: formatDate(pf.dueDate),
          links: c.payerId === viewerId ? { proforma: proformaPath(pf.id), pay: chargePayPath(pf.id) } : null,
        }
      : null,
  };
}

export async function licencePage(viewer: { id: string }, schoolId: string, now = currentTime()): Promise<LicencePage> {
  const access = await plannerAccess(viewer, schoolId, now);
  const t = messages().plannerLifecycle;
  const l = await db().schoolLicence.findUniqueOrThrow({
    where: { id: access.licence.id },
    select: {
      id: true,
      schoolId: true,
      examYear: true,
      contractId: true,
      renewalOfId: true,
      purgedAt: true,
      erasedByDirectorAt: true,
    },
  });
  const period = licencePeriod(l.examYear, { renewal: l.renewalOfId !== null });
  const own = await pendingProforma(l.contractId, viewer.id);
  const next = await renewalOf(db(), l);
  let renewal: LicencePage['renewal'] = null;
  if (next) {
    const r = await pendingProforma(next.contractId, viewer.id);
    const resits = await db().maturaStudent.count({ where: { schoolId, licenceId: l.id, resit: true } });
    const nextRow = await db().schoolLicence.findUniqueOrThrow({
      where: { id: next.id },
      select: { examYear: true, renewalOfId: true },
    });
    renewal = {
      text: r.pf
        ? t.renewal.offered(nextRow.examYear, r.pf.number, r.pf.amount, r.pf.deadline)
        : t.renewal.paid(nextRow.examYear),
      starts: t.renewal.starts(
        formatDate(warsawDayStart(licencePeriod(nextRow.examYear, { renewal: nextRow.renewalOfId !== null }).firstDay)),
      ),
      links: r.pf?.links ?? null,
      carried: resits > 0 ? t.renewal.carried(resits) : null,
    };
  }
  const complaints = await db().complaint.findMany({
    where: { schoolId },
    orderBy: { receivedAt: 'desc' },
    take: 20,
    select: { number: true, receivedAt: true, dueAt: true, answeredAt: true },
  });
  const erasedAt = l.erasedByDirectorAt ?? null;
  return {
    examYear: t.page.examYearValue(l.examYear),
    period: t.page.periodValue(formatDate(warsawDayStart(period.firstDay)), formatDate(warsawDayStart(period.lastDay))),
    phase: messages().matura.licencePhase[access.licence.phase],
    level: messages().licence.access.levels[access.level],
    contractNumber: own.number,
    unpaid: own.pf ? { text: t.page.unpaid(own.pf.number, own.pf.amount, own.pf.deadline), links: own.pf.links } : null,
    renewal,
    renewalFrom: formatDate(renewalOfferedFrom(l.examYear)),
    renewalLapsed: !next && !l.purgedAt && now >= renewalOfferedFrom(l.examYear),
    readOnlyFrom: formatDate(licenceEndsAt(l.examYear)),
    purgeOn: formatLastDay(purgeDueAt(l.examYear)),
    renewed: next !== null && (await paidRenewalOf(db(), l)) !== null,
    exportsPath: plannerPath(schoolId, 'printouts'),
    erased: erasedAt
      ? t.erase.erased(formatDateTime(erasedAt))
      : l.purgedAt
        ? t.purged(formatDateTime(l.purgedAt))
        : null,
    canErase: access.role === 'DIRECTOR' && !l.purgedAt && access.level !== 'blocked',
    complaints: complaints.map((c) => ({
      number: c.number,
      received: formatDateTime(c.receivedAt),
      state: c.answeredAt
        ? t.complaint.answered(formatDateTime(c.answeredAt))
        : t.complaint.due(formatLastDay(c.dueAt)),
    })),
  };
}

/**
 * A15: a school's complaint, filed by one of its staff through the support area's complaint
 * service (number, 14-day deadline, e-mails to the complaints desk and the sender), tied to the
 * school. The sender is the signed-in staff member: their name and address.
 */
export async function fileSchoolComplaint(
  viewer: { id: string },
  schoolId: string,
  input: { description: string; demand: string },
  ip: string,
  now = currentTime(),
): Promise<{ number: string; lastDay: string; dueAt: Date }> {
  await plannerAccess(viewer, schoolId, now);
  const u = await db().user.findUniqueOrThrow({
    where: { id: viewer.id },
    select: { firstName: true, lastName: true, email: true },
  });
  if (!u.email) throw new Error('a school staff member without an e-mail address');
  return fileComplaint({ name: `${u.firstName} ${u.lastName}`, email: u.email, ...input, schoolId }, viewer, ip, now);
}
