// The planner's school page (issue 23): the school's data, its data-processing agreement (A17) and
// its staff (A12), each loaded through the planner's gate; the director alone gets the forms.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { currentSchoolAgreement, schoolAgreementTexts } from './dpa';
import { schoolStaffList } from './school-staff';
import type { PlannerAccess } from './planner';

export type PlannerSchoolPage = Awaited<ReturnType<typeof plannerSchoolPage>>;

export async function plannerSchoolPage(
  viewer: { id: string },
  access: PlannerAccess,
  locale = 'pl',
  now = currentTime(),
) {
  const { schoolId } = access;
  const school = await db().school.findUniqueOrThrow({
    where: { id: schoolId },
    select: { name: true, okeCode: true, commission: true, nip: true, street: true, postalCode: true, city: true },
  });
  const [agreement, staff, agreementTexts] = await Promise.all([
    currentSchoolAgreement(viewer, schoolId, now),
    schoolStaffList(viewer, schoolId, now),
    schoolAgreementTexts(access, locale),
  ]);
  return {
    schoolId,
    isDirector: access.role === 'DIRECTOR',
    school: {
      ...school,
      commission:
        (messages().matura.oke as Record<string, { name: string }>)[school.commission]?.name ?? school.commission,
      address: `${school.street}, ${school.postalCode} ${school.city}`,
    },
    agreement: { ...agreement, status: agreementStatusText(agreement.latest, locale) },
    /** A reader of English reads the draft here: the courtesy translation and the Polish original. */
    agreementTexts,
    staff,
  };
}

type Latest = Awaited<ReturnType<typeof currentSchoolAgreement>>['latest'];

/** The agreement's state in one sentence, in the reader's language. */
export function agreementStatusText(latest: Latest, locale = 'pl'): string {
  const t = messages(locale).plannerSchool.dpa.status;
  if (!latest) return t.none;
  if (latest.status === 'SUBMITTED') return t.SUBMITTED(formatDateTime(latest.uploadedAt, locale));
  const at = formatDateTime(latest.reviewedAt ?? latest.uploadedAt, locale);
  return latest.status === 'ACCEPTED' ? t.ACCEPTED(at) : t.REJECTED(at, latest.rejectionReason ?? '—');
}
