// The audit log for administrators: every staff decision and change of money or access, filtered
// by who, what, which object and when (lib/audit/history.ts).
import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { auditFilterChoices, auditList, type AuditFilters } from '@/lib/audit/history';
import { PageHeader } from '@/components/forms/page-header';
import { AuditList } from '@/components/audit/audit-list';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).audit.list.title) };
}
export const dynamic = 'force-dynamic';

type Query = Record<'actor' | 'action' | 'objectType' | 'objectId' | 'from' | 'to' | 'strona', string | undefined>;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Partial<Query>> }) {
  const locale = await currentLocale();
  await requirePermission('panel:audit', '/panel/audyt');
  const q = await searchParams;
  const one = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 200) : undefined);
  const raw = { from: one(q.from), to: one(q.to) };
  const badDate = [raw.from, raw.to].some((d) => d !== undefined && !DAY.test(d));
  const filters: AuditFilters = {
    actor: one(q.actor),
    action: one(q.action),
    objectType: one(q.objectType),
    objectId: one(q.objectId),
    from: raw.from && DAY.test(raw.from) ? raw.from : undefined,
    to: raw.to && DAY.test(raw.to) ? raw.to : undefined,
  };
  const [result, choices] = await Promise.all([
    auditList(filters, Number(one(q.strona) ?? 1), locale),
    auditFilterChoices(locale),
  ]);
  const t = messages(locale).audit.list;
  return (
    <div className="space-y-6">
      <PageHeader title={t.title} intro={t.intro} />
      <AuditList filters={filters} badDate={badDate} choices={choices} result={result} />
    </div>
  );
}
