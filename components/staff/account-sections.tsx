// The account page's read-only sections (lib/staff/account-page.ts): orders, courses, groups,
// family, consents, login history and privacy requests, each a card with a heading.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ScrollTable } from '@/components/forms/scroll-table';
import { formatMoney } from '@/lib/format/money';
import { formatDate, formatDateTime, formatLastDay } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import type { StaffAccountPage } from '@/lib/staff/account-page';
import { currentLocale } from '@/lib/locale/current';

const t = (locale: string) => messages(locale).staff.account;

function Card({
  id,
  title,
  empty,
  children,
}: {
  id: string;
  title: string;
  empty?: string | false;
  children?: ReactNode;
}) {
  return (
    <section className="card space-y-2" aria-labelledby={id}>
      <h2 id={id} className="h2">
        {title}
      </h2>
      {empty ? <p className="muted">{empty}</p> : children}
    </section>
  );
}

export async function OrdersCard({ orders }: { orders: StaffAccountPage['orders'] }) {
  const locale = await currentLocale();
  return (
    <Card id="zamowienia" title={t(locale).orders} empty={orders.length === 0 && t(locale).noOrders}>
      <ScrollTable label={t(locale).orders} cards>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t(locale).colNumber}</th>
              <th scope="col">{t(locale).colDate}</th>
              <th scope="col">{t(locale).colStatus}</th>
              <th scope="col">{t(locale).colAmount}</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((o) => (
              <tr key={o.id}>
                <td>
                  <Link className="link" href={`/panel/zamowienia/${o.id}`}>
                    {o.number}
                  </Link>
                </td>
                <td>{formatDate(o.createdAt, locale)}</td>
                <td>{messages(locale).checkout.orderStatus[o.status]}</td>
                <td>{formatMoney(o.totalGross, o.currency, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </Card>
  );
}

export async function LearningCards({ page }: { page: StaffAccountPage }) {
  const locale = await currentLocale();
  const m = t(locale);
  return (
    <>
      <Card id="kursy" title={m.enrolments} empty={page.enrolments.length === 0 && m.noEnrolments}>
        <ul className="space-y-1 text-sm">
          {page.enrolments.map((e) => (
            <li key={e.id}>
              {e.course.title} — {m.enrolmentStatus[e.status] ?? e.status},{' '}
              {e.endsAt ? m.until(formatLastDay(e.endsAt, locale)) : m.unlimited}
            </li>
          ))}
        </ul>
      </Card>
      <Card id="grupy" title={m.groups} empty={page.groups.length === 0 && m.noGroups}>
        <ul className="space-y-1 text-sm">
          {page.groups.map((g) => (
            <li key={`${g.id}-${g.as}`}>
              <Link className="link" href={`/grupy/${g.id}`}>
                {g.companyName} — {g.course.title}
              </Link>{' '}
              ({m.groupAs[g.as]})
            </li>
          ))}
        </ul>
      </Card>
      <Card id="rodzina" title={m.family} empty={page.children.length === 0 && !page.parent && m.noChildren}>
        <ul className="space-y-1 text-sm">
          {page.parent && (
            <li>
              {m.parent}{' '}
              <Link className="link" href={`/panel/uzytkownicy/${page.parent.id}`}>
                {page.parent.firstName} {page.parent.lastName}
              </Link>
            </li>
          )}
          {page.children.map((c) => (
            <li key={c.id}>
              <Link className="link" href={`/panel/uzytkownicy/${c.user.id}`}>
                {m.child(c.fullName, c.birthYear, c.user.login ?? '—')}
              </Link>
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}

export async function ConsentsCard({ consents }: { consents: StaffAccountPage['consents'] }) {
  const locale = await currentLocale();
  const m = t(locale);
  return (
    <Card id="zgody" title={m.consents} empty={consents.length === 0 && m.noConsents}>
      <ul className="space-y-1 text-sm">
        {consents.map((c, i) => (
          <li key={i}>
            {m.consentLine(m.consentKinds[c.kind], c.version, c.at ? formatDateTime(c.at, locale) : '—', c.order)}
          </li>
        ))}
      </ul>
    </Card>
  );
}

export async function LoginsCard({ page }: { page: StaffAccountPage }) {
  const locale = await currentLocale();
  const m = t(locale);
  return (
    <Card id="logowania" title={m.logins}>
      <p className="text-sm">{m.failedLogins(page.failedLogins)}</p>
      {page.lockedUntil && (
        <p className="text-sm text-red-700">{m.lockedUntil(formatDateTime(page.lockedUntil, locale))}</p>
      )}
      {page.sessions.length === 0 ? (
        <p className="muted">{m.noSessions}</p>
      ) : (
        <ScrollTable label={m.logins} cards>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{m.colStarted}</th>
                <th scope="col">{m.colSeen}</th>
                <th scope="col">{m.colDevice}</th>
                <th scope="col">{m.colSession}</th>
              </tr>
            </thead>
            <tbody>
              {page.sessions.map((s) => (
                <tr key={s.id} data-testid="session-row">
                  <td>{formatDateTime(s.createdAt, locale)}</td>
                  <td>{formatDateTime(s.lastSeenAt, locale)}</td>
                  <td>{[s.userAgent, s.ip].filter(Boolean).join(' · ') || '—'}</td>
                  <td>{s.revokedAt ? m.sessionEnded(formatDateTime(s.revokedAt, locale)) : m.sessionLive}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </Card>
  );
}

export async function PrivacyCard({ requests }: { requests: StaffAccountPage['privacyRequests'] }) {
  const locale = await currentLocale();
  const m = t(locale);
  const p = messages(locale).privacy.requests;
  return (
    <Card id="rodo" title={m.privacyRequests} empty={requests.length === 0 && m.noPrivacyRequests}>
      <ul className="space-y-1 text-sm">
        {requests.map((r) => (
          <li key={r.id}>
            <Link className="link" href={`/panel/wnioski-rodo/${r.id}`}>
              {m.privacyLine(r.number, p.kinds[r.kind], p.statuses[r.status], formatDate(r.dueAt, locale))}
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
