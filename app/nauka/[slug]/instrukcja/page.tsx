import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { courseAccess } from '@/lib/learning/access';
import { courseOutline } from '@/lib/learning/outline';
import { messages } from '@/lib/i18n';
import { Markdown } from '@/components/learning/markdown';
import { AccessGate } from '@/components/learning/access-gate';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).learning.instructionPageTitle };
}

export default async function InstructionPage({ params }: { params: Promise<{ slug: string }> }) {
  const locale = await currentLocale();
  const { slug } = pageParams(await params);
  const user = await requirePermission('learning:study-own', `/nauka/${slug}/instrukcja`);
  const t = messages(locale).learning;
  const access = await courseAccess(user.id, slug);
  if (access.kind === 'no-course') notFound();
  if (access.kind !== 'active') return <AccessGate access={access} />;
  if (!access.course.groupInstruction) redirect(`/nauka/${slug}`);
  const first = (await courseOutline(access.course.id, access.enrolment.id)).lessons[0];
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <p className="text-sm font-semibold text-brand-700">{access.course.title}</p>
      <h1 className="h1">{t.instructionTitle}</h1>
      <div className="card">
        <Markdown source={access.course.groupInstruction} />
      </div>
      {first && (
        <Link href={`/nauka/${slug}/lekcje/${first.id}`} className="btn-primary">
          {t.instructionGo}
        </Link>
      )}
    </article>
  );
}
