import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { listMail } from '@/lib/mail/mailbox';
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { ScrollTable } from '@/components/forms/scroll-table';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.mailbox };
}

export default async function MailboxPage({ searchParams }: { searchParams: Promise<{ do?: string }> }) {
  const locale = await currentLocale();
  await requirePermission('panel:mailbox', '/panel/poczta');
  const m = messages(locale);
  const { do: to } = await searchParams;
  const mail = await listMail({ to });
  return (
    <div className="space-y-4">
      <h1 className="h1">{m.panel.mailbox}</h1>
      <p className="muted">{m.panel.mailboxIntro}</p>
      <form className="flex gap-2" role="search">
        <label htmlFor="mail-to" className="sr-only">
          {m.panel.mail.searchLabel}
        </label>
        <input
          id="mail-to"
          name="do"
          defaultValue={to}
          placeholder={m.panel.mail.searchPlaceholder}
          className="input max-w-xs"
        />
        <button className="btn-secondary" type="submit">
          {m.panel.mail.search}
        </button>
      </form>
      {mail.length === 0 ? (
        <p className="muted">{m.panel.noMail}</p>
      ) : (
        <ScrollTable label={m.panel.mail.table} className="card p-0">
          <table className="table">
            <thead>
              <tr>
                <th>{m.panel.to}</th>
                <th>{m.panel.subject}</th>
                <th>{m.panel.sentAt}</th>
                <th>{m.panel.status}</th>
              </tr>
            </thead>
            <tbody>
              {mail.map((msg) => (
                <tr key={msg.id}>
                  <td>{msg.to}</td>
                  <td>
                    <Link className="link" href={`/panel/poczta/${msg.id}`}>
                      {msg.subject}
                    </Link>
                  </td>
                  <td className="whitespace-nowrap">{formatDateTime(msg.createdAt, locale)}</td>
                  <td>{m.panel.mail.status[msg.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </div>
  );
}
