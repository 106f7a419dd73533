// The notice on a paid order: when it was paid and where the buyer uses what they bought (a
// company's groups, a parent's family page, or "Moje kursy").
import Link from 'next/link';
import { Notice } from '@/components/forms/notice';
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import type { MyOrderPage } from '@/lib/orders/order-page';
import { currentLocale } from '@/lib/locale/current';

export async function OrderPaidNotice({ order }: { order: MyOrderPage['order'] }) {
  const locale = await currentLocale();
  const m = messages(locale);
  const t = m.checkout.orderPage;
  if (order.status !== 'PAID') return null;
  const groups = order.items.filter((i) => i.seats > 1);
  return (
    <Notice tone="success" as="div" role="status">
      {t.paid(order.paidAt ? formatDateTime(order.paidAt, locale) : '')}{' '}
      {groups.length > 0 ? (
        <>
          {t.groupActive(groups.map((i) => t.groupAccounts(i.seats * i.quantity)).join(', '))}{' '}
          <Link href="/grupy" className="link">
            {t.groupLink}
          </Link>{' '}
          {t.groupAfter}
        </>
      ) : order.items.some((i) => i.kind === 'FAMILY_PACKAGE') ? (
        <>
          {t.familyActive}{' '}
          <Link href="/rodzina" className="link">
            {m.families.nav}
          </Link>
          {t.familyAfter}
        </>
      ) : (
        <>
          {t.coursesActive}{' '}
          <Link href="/moje-kursy" className="link">
            {m.nav.myCourses}
          </Link>
          {t.coursesAfter}
        </>
      )}
    </Notice>
  );
}
