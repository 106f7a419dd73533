// What the parent's page shows per child: class this year, packages, trial access, progress.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { listMyCourses, type MyCourse } from '@/lib/learning/my-courses';
import { childClass, listChildren, type ChildRow } from '@/lib/families/children';
import { schoolYearForPurchase } from '@/lib/families/rules/school-year';
import type { ClassResult } from '@/lib/families/rules/class-table';
import { examsView, type ExamsView } from '@/lib/families/exams';

export type ChildOverview = ChildRow & {
  cls: ClassResult;
  packages: {
    id: string;
    packageCode: string;
    schoolYear: number;
    status: string;
    amountPaid: number;
    currency: string;
    paidAt: Date | null;
    accessEndsAt: Date | null;
    cancellation: { kind: string; refundAmount: number; effectiveAt: Date; status: string } | null;
    /** The yearly exam of a paid package (null without one, or unless the package is in force). */
    exams: ExamsView | null;
  }[];
  courses: MyCourse[];
};

/** `locale` is the reader's language for the exams' texts (Polish by default). */
export async function familyOverview(parentId: string, now = currentTime(), locale?: string): Promise<ChildOverview[]> {
  const year = schoolYearForPurchase(now);
  const children = await listChildren(parentId);
  const packages = await db().familyPackage.findMany({
    where: { child: { parentId }, status: { not: 'PENDING_PAYMENT' } },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      childId: true,
      packageCode: true,
      schoolYear: true,
      status: true,
      amountPaid: true,
      currency: true,
      paidAt: true,
      accessEndsAt: true,
      classNumber: true,
      addOns: true,
      cancellation: { select: { kind: true, refundAmount: true, effectiveAt: true, status: true } },
    },
  });
  return Promise.all(
    children.map(async (c) => ({
      ...c,
      cls: childClass(c, year),
      packages: packages
        .filter((p) => p.childId === c.id)
        .map(({ classNumber, addOns, ...p }) => ({
          ...p,
          exams: p.status === 'ACTIVE' ? examsView({ ...p, classNumber, addOns }, now, locale) : null,
        })),
      courses: await listMyCourses(c.user.id, now),
    })),
  );
}

/** The parent's country, which sets the currency the family pays in (Poland when not given). */
export async function parentCountry(parentId: string): Promise<string> {
  const parent = await db().user.findUniqueOrThrow({ where: { id: parentId }, select: { country: true } });
  return parent.country ?? 'PL';
}
