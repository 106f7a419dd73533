// The complaints about one order, on the buyer's order page: each with its deadline or the
// staff's answer, and a link to file one about this order. Self-contained: it loads its own data.
import Link from 'next/link';
import { orderComplaints } from '@/lib/support/complaint-view';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function OrderComplaints({ userId, orderId }: { userId: string; orderId: string }) {
  const locale = await currentLocale();
  const t = messages(locale).support.orderSection;
  const complaints = await orderComplaints(userId, orderId, locale);
  return (
    <section className="card space-y-3" aria-labelledby="reklamacje-zamowienia">
      <h2 id="reklamacje-zamowienia" className="h2">
        {t.title}
      </h2>
      {complaints.map((c) => (
        <div key={c.id} className="space-y-1 border-l-4 border-slate-200 pl-3" data-testid="order-complaint">
          <p className="font-medium">{t.filed(c.number, c.received)}</p>
          <p className="whitespace-pre-wrap text-sm text-slate-700">{c.description}</p>
          {c.answer ? (
            <>
              <p className="text-sm font-medium">{t.answered(c.answer.at)}</p>
              <p className="whitespace-pre-wrap text-sm">{c.answer.text}</p>
            </>
          ) : (
            <p className="text-sm text-slate-600">{t.waiting(c.lastDay)}</p>
          )}
        </div>
      ))}
      <p>
        <Link href={`/reklamacje?zamowienie=${orderId}`} className="link">
          {t.file}
        </Link>
      </p>
    </section>
  );
}
