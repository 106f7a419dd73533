import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { getMail } from '@/lib/mail/mailbox';
import { formatDateTime } from '@/lib/format/time';

export const metadata: Metadata = { title: 'Wiadomość' };

export default async function MailPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('panel:mailbox', '/panel/poczta');
  const msg = await getMail((await params).id);
  if (!msg) notFound();
  return (
    <div className="space-y-4">
      <p>
        <Link href="/panel/poczta" className="link">
          ← Poczta wychodząca
        </Link>
      </p>
      <h1 className="h1">{msg.subject}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">Do</dt>
        <dd data-testid="mail-to">{msg.to}</dd>
        <dt className="font-medium">Utworzono</dt>
        <dd>{formatDateTime(msg.createdAt)}</dd>
      </dl>
      <section aria-labelledby="txt-h" className="card">
        <h2 id="txt-h" className="h2 mb-2">
          Treść (tekst)
        </h2>
        <pre className="whitespace-pre-wrap break-words font-sans text-sm" data-testid="mail-text">
          {msg.text}
        </pre>
      </section>
      <section aria-labelledby="html-h" className="card">
        <h2 id="html-h" className="h2 mb-2">
          Podgląd HTML
        </h2>
        <iframe
          title="Podgląd wiadomości HTML"
          sandbox=""
          srcDoc={msg.html}
          className="h-[480px] w-full rounded border border-slate-200"
        />
      </section>
    </div>
  );
}
