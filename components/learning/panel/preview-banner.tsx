// The banner over every page of the staff preview, so nobody mistakes it for a learner's view.
import Link from 'next/link';
import { Notice } from '@/components/forms/notice';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function PreviewBanner({ courseId }: { courseId: string }) {
  const locale = await currentLocale();
  const t = messages(locale).panel.courses.preview;
  return (
    <Notice tone="warning" as="div" role="note" className="flex flex-wrap items-center justify-between gap-3">
      <span>
        <strong className="font-semibold">{t.banner}</strong> <span className="text-sm">{t.lead}</span>
      </span>
      <Link href={`/panel/kursy/${courseId}`} className="link text-sm">
        {t.back}
      </Link>
    </Notice>
  );
}
