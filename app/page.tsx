import Link from 'next/link';
import { CourseCard } from '@/components/catalog/course-card';
import { listPublishedCourses } from '@/lib/catalog/courses';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const locale = await currentLocale();
  const m = messages(locale);
  const courses = await listPublishedCourses({ take: 6 });
  return (
    <div className="space-y-12">
      <section className="rounded-2xl bg-gradient-to-br from-brand-700 to-brand-800 px-6 py-12 text-white sm:px-10">
        <h1 className="max-w-2xl text-4xl font-bold tracking-tight">{m.brand.tagline}</h1>
        <p className="mt-4 max-w-2xl text-lg text-blue-50">{m.home.intro}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href="/kursy" className="btn bg-white text-brand-800 hover:bg-blue-50">
            {m.catalog.browse}
          </Link>
          <Link href="/rejestracja" className="btn border border-white/70 text-white hover:bg-white/10">
            {m.nav.register}
          </Link>
        </div>
      </section>
      <section aria-labelledby="polecane" className="space-y-4">
        <h2 id="polecane" className="h2">
          {m.home.featured}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {courses.map((c) => (
            <CourseCard key={c.id} course={c} locale={locale} />
          ))}
        </ul>
      </section>
    </div>
  );
}
