import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { getMail } from '@/lib/mail/mailbox';
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.mail.messageTitle };
}

export default async function MailPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await currentLocale();
  await requirePermission('panel:mailbox', '/panel/poczta');
  const msg = await getMail(pageParams(await params).id);
  if (!msg) notFound();
  const t = messages(locale).panel;
  return (
    <div className="space-y-4">
      <p>
        <Link href="/panel/poczta" className="link">
          ← {t.mailbox}
        </Link>
      </p>
      <h1 className="h1">{msg.subject}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t.to}</dt>
        <dd data-testid="mail-to">{msg.to}</dd>
        <dt className="font-medium">{t.sentAt}</dt>
        <dd>{formatDateTime(msg.createdAt, locale)}</dd>
      </dl>
      {msg.attachments.length > 0 && (
        <section aria-labelledby="att-h" className="card" data-testid="mail-attachments">
          <h2 id="att-h" className="h2 mb-2">
            {messages(locale).contract.mailbox.attachments}
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {msg.attachments.map((a) => (
              <li key={a.index}>
                <a className="link" href={`/panel/poczta/${msg.id}/zalacznik/${a.index}`}>
                  {a.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="txt-h" className="card">
        <h2 id="txt-h" className="h2 mb-2">
          {t.mail.text}
        </h2>
        <pre className="whitespace-pre-wrap break-words font-sans text-sm" data-testid="mail-text">
          {msg.text}
        </pre>
      </section>
      <section aria-labelledby="html-h" className="card">
        <h2 id="html-h" className="h2 mb-2">
          {t.mail.html}
        </h2>
        <iframe
          title={t.mail.htmlFrame}
          sandbox=""
          srcDoc={msg.html}
          className="h-[480px] w-full rounded border border-slate-200"
        />
      </section>
    </div>
  );
}
