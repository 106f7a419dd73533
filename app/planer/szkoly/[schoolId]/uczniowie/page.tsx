import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { formatLastDay } from '@/lib/format/time';
import { canWork } from '@/lib/licence/rules/access-level';
import { plannerPath } from '@/lib/licence/paths';
import { plannerContext } from '@/lib/licence/planner-page';
import { studentListPage } from '@/lib/matura/students/student-list';
import { Notice } from '@/components/forms/notice';
import { PlannerFrame } from '@/components/licence/planner-frame';
import { StudentForm } from '@/components/matura/student-form';
import { ClassFilter, StudentTable } from '@/components/matura/student-table';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).plannerStudents.title };
}
export const dynamic = 'force-dynamic';

// The school's students for the exam year: the list with each declaration's state, the typed form
// and the way to the file import.
export default async function StudentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<{ dodano?: string; usunieto?: string; klasa?: string }>;
}) {
  const locale = await currentLocale();
  const { schoolId } = pageParams(await params);
  const user = await requireUser(plannerPath(schoolId, 'students'));
  const ctx = await plannerContext(user, schoolId);
  if (!ctx) notFound();
  const t = messages(locale).plannerStudents;
  const page = ctx.access.level === 'blocked' ? null : await studentListPage(user, schoolId);
  const query = await searchParams;
  const added = Number(query.dodano);
  const shown = page ? page.students.filter((s) => !query.klasa || s.className === query.klasa) : [];
  const work = canWork(ctx.access.level) && page?.dpaAccepted === true;
  return (
    <PlannerFrame access={ctx.access} schoolName={ctx.schoolName} current="students" title={t.title}>
      {page && (
        <div className="space-y-5">
          <p>{t.intro(ctx.access.licence.examYear)}</p>
          <p className="muted text-sm">
            {page.locked
              ? messages(locale).planner.overview.locked(formatLastDay(page.lockAt, locale))
              : messages(locale).plannerDeclarations.deadline(formatLastDay(page.lockAt, locale))}
          </p>
          {page.dpaAccepted === false && canWork(ctx.access.level) && (
            <Notice tone="warning" data-testid="dpa-required">
              {messages(locale).plannerSchool.dpa.required}{' '}
              <Link href={plannerPath(schoolId, 'school')} className="link">
                {messages(locale).plannerSchool.dpa.goToAgreement}
              </Link>
            </Notice>
          )}
          {added > 0 && (
            <Notice tone="success" role="status">
              {t.import.imported(added)}
            </Notice>
          )}
          {work && (
            <div className="flex flex-wrap gap-2">
              <Link href={plannerPath(schoolId, 'students', '/import')} className="btn-secondary">
                {t.import.link}
              </Link>
            </div>
          )}
          <p>{page.counts.students ? t.count(page.counts.students) : t.none}</p>
          {page.classes.length > 1 && (
            <ClassFilter schoolId={schoolId} classes={page.classes} current={query.klasa ?? null} />
          )}
          {shown.length > 0 && <StudentTable schoolId={schoolId} students={shown} />}
          {work && (
            <section className="card space-y-3">
              <h2 className="h2">{t.add.title}</h2>
              <StudentForm schoolId={schoolId} />
            </section>
          )}
        </div>
      )}
    </PlannerFrame>
  );
}
