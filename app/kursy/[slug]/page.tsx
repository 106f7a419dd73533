import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPublishedCourse } from '@/lib/catalog/courses';
import { offerLabel } from '@/lib/catalog/offers';
import { formatMoney } from '@/lib/format/money';
import { AddToCartForm } from '@/components/checkout/add-to-cart-form';
import { CourseGroupNotice } from '@/components/groups/course-group-notice';
import { CourseTopUp } from '@/components/catalog/course-top-up';
import { CourseLanguageBadge } from '@/components/catalog/course-language-badge';
import { GroupSteps } from '@/components/catalog/group-steps';
import { CourseProgramme, CourseTestFacts } from '@/components/catalog/course-programme';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const locale = await currentLocale();
  const course = await getPublishedCourse(pageParams(await params).slug);
  return { title: course?.title ?? messages(locale).course.fallbackTitle };
}

export default async function CoursePage({ params }: { params: Promise<{ slug: string }> }) {
  const locale = await currentLocale();
  const m = messages(locale);
  const t = m.course;
  const course = await getPublishedCourse(pageParams(await params).slug);
  if (!course) notFound();
  const offers = course.offers.map((o) => ({
    ...o,
    name: offerLabel(o.seats, locale),
    label: m.catalog.offerOption(offerLabel(o.seats, locale), formatMoney(o.priceGross, course.currency, locale)),
  }));
  const hasPackages = offers.some((o) => o.seats > 1);
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_340px]">
      <article className="space-y-6">
        <CourseGroupNotice courseId={course.id} />
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700" data-course-content>
            {course.category.name}
          </p>
          <CourseLanguageBadge language={course.language} locale={locale} />
        </div>
        <h1 className="h1" lang={course.language} data-course-content>
          {course.title}
        </h1>
        <p className="text-lg text-slate-700" lang={course.language} data-course-content>
          {course.summary}
        </p>
        <section aria-labelledby="opis" className="space-y-2">
          <h2 id="opis" className="h2">
            {t.description}
          </h2>
          <p className="whitespace-pre-line text-slate-800" lang={course.language} data-course-content>
            {course.description}
          </p>
        </section>
        <CourseProgramme syllabus={course.syllabus} modules={course.modules} locale={locale} />
        <CourseTestFacts {...course} locale={locale} />
        {hasPackages && <GroupSteps locale={locale} />}
      </article>
      <aside className="h-fit space-y-4">
        <section className="card space-y-4" aria-labelledby="kup">
          <h2 id="kup" className="h2">
            {t.buy}
          </h2>
          <p className="text-sm">
            <span className="font-medium">{m.catalog.access}:</span>{' '}
            {course.accessMonths ? t.monthsFromPurchase(course.accessMonths) : m.catalog.unlimited}
          </p>
          <AddToCartForm offers={offers} currency={course.currency} />
          {hasPackages && <p className="text-xs text-slate-600">{t.groupPackages}</p>}
        </section>
        {hasPackages && <CourseTopUp courseId={course.id} offers={course.offers} />}
      </aside>
    </div>
  );
}
