// The readable summary of a person's data: sections of labelled rows made from dane.json's
// content, drawn by the PDF (podsumowanie.pdf) and shown on the "Moje dane" page, so both say the
// same. Pure: text from the catalogue, dates in Warsaw, money formatted, in `locale` (Polish for
// the PDF, the reader's on the page).
import { messages } from '@/lib/i18n';
import { formatMoney } from '@/lib/format/money';
import { formatDate, formatDateTime } from '@/lib/format/time';
import type { ExportContent } from './content';

/**
 * `fields`: label–value pairs (the profile), shown as a list rather than a table. `courseColumn`:
 * the column of course titles (content, in the language it was written in); `cellLangs`: the
 * language each row's cell of a column is written in (an e-mail's subject, as it was sent).
 */
export type SummarySection = {
  id: string;
  title: string;
  columns: string[];
  rows: string[][];
  fields?: true;
  courseColumn?: number;
  cellLangs?: { column: number; langs: string[] };
};

const formats = (locale?: string) => ({
  dt: (s: string | null) => (s ? formatDateTime(new Date(s), locale) : '—'),
  day: (s: string | null) => (s ? formatDate(new Date(s), locale) : '—'),
  amount: (m: { amount: number; currency: string }) => formatMoney(m.amount, m.currency, locale),
});
const code = (labels: Record<string, string>, c: string) => labels[c] ?? c;

function courseRows(enrolments: ExportContent['enrolments'], locale?: string, who?: string): string[][] {
  const t = messages(locale).privacy.summary;
  const { day } = formats(locale);
  return enrolments.map((e) => {
    const best = e.testResults.filter((r) => r.percent !== null).sort((a, b) => (b.percent ?? 0) - (a.percent ?? 0))[0];
    return [
      who ? `${e.course} (${who})` : e.course,
      t.progress(e.lessonsCompleted, e.lessonsTotal),
      best ? t.testResult(Math.round(best.percent ?? 0), best.passed === true, e.testResults.length) : t.noTest,
      e.certificate ? `${e.certificate.number} (${day(e.certificate.issuedAt)})` : '—',
    ];
  });
}

export function summarySections(c: ExportContent, locale?: string): SummarySection[] {
  const m = messages(locale);
  const { dt, day, amount } = formats(locale);
  const t = m.privacy.summary;
  const p = c.profile;
  return [
    {
      id: 'profil',
      title: t.profile,
      fields: true,
      columns: [t.field, t.value],
      rows: [
        [t.name, `${p.firstName} ${p.lastName}`],
        [t.email, p.email ?? '—'],
        [t.login, p.login ?? '—'],
        [t.phone, p.phone ?? '—'],
        [t.country, p.country ?? '—'],
        [t.roles, p.roles.map((r) => code(m.roles, r)).join(', ')],
        [t.createdAt, dt(p.createdAt)],
        [t.lastLogin, dt(p.lastLoginAt)],
      ],
    },
    {
      id: 'zgody',
      title: t.consents,
      columns: [t.consent, t.version, t.date, t.where],
      rows: c.consents.map((x) => [
        code(t.consentKinds, x.kind),
        x.version,
        dt(x.acceptedAt),
        x.order ? t.consentInOrder(x.order) : t.consentAtRegistration,
      ]),
    },
    {
      id: 'zamowienia',
      title: t.orders,
      columns: [t.number, t.date, t.status, t.amount],
      rows: c.orders.map((o) => [o.number, dt(o.createdAt), code(m.checkout.orderStatus, o.status), amount(o.total)]),
    },
    {
      id: 'faktury',
      title: t.invoices,
      columns: [t.document, t.order, t.date, t.buyer],
      rows: c.invoices.map((i) => [
        i.number ?? code(t.invoiceKinds, i.kind),
        i.order,
        day(i.issuedAt ?? i.saleDate),
        [i.buyer.name, i.buyer.nip && `NIP ${i.buyer.nip}`].filter(Boolean).join(', '),
      ]),
    },
    {
      id: 'kursy',
      title: t.courses,
      columns: [t.course, t.lessons, t.test, t.certificate],
      rows: [
        ...courseRows(c.enrolments, locale),
        ...c.children.flatMap((ch) => courseRows(ch.enrolments, locale, ch.fullName)),
      ],
      courseColumn: 0,
    },
    {
      id: 'dzieci',
      title: t.children,
      columns: [t.name, t.birthYear, t.login, t.packages],
      rows: c.children.map((ch) => [
        ch.fullName,
        String(ch.birthYear),
        ch.login ?? '—',
        ch.packages.map((pk) => `${pk.package} ${pk.schoolYear}/${pk.schoolYear + 1}: ${amount(pk.paid)}`).join('; ') ||
          '—',
      ]),
    },
    {
      id: 'grupy',
      title: t.groups,
      columns: [t.company, t.course, t.role, t.since],
      rows: [
        ...c.groups.map((g) => [g.companyName, g.course, code(t.groupRoles, g.role), day(g.since)]),
        ...c.groupMemberships.map((g) => [g.companyName, g.course, t.groupRoles.participant, day(g.since)]),
      ],
    },
    {
      id: 'wiadomosci',
      title: t.messages,
      columns: [t.date, t.subject, t.status],
      rows: c.messages.map((x) => [dt(x.createdAt), x.subject, code(t.mailStatus, x.status)]),
      cellLangs: { column: 1, langs: c.messages.map((x) => x.locale) },
    },
    {
      id: 'sprawy',
      title: t.cases,
      columns: [t.date, t.kind, t.details],
      rows: [
        ...c.complaints.map((x) => [dt(x.receivedAt), `${t.complaint} ${x.number}`, x.description]),
        ...c.contactMessages.map((x) => [dt(x.sentAt), t.contactMessage, x.message]),
        ...c.officeMessages.map((x) => [
          dt(x.sentAt),
          x.from === 'office' ? t.officeAnswer : t.officeMessage,
          [x.message, ...x.files].join(' · '),
        ]),
        ...c.privacyRequests.map((x) => [dt(x.receivedAt), `${code(t.requestKinds, x.kind)} ${x.number}`, x.details]),
      ],
    },
    {
      id: 'sesje',
      title: t.sessions,
      columns: [t.started, t.lastSeen, t.device, t.ended],
      rows: c.sessions.map((s) => [
        dt(s.startedAt),
        dt(s.lastSeenAt),
        [s.device, s.ip].filter(Boolean).join(', ') || '—',
        dt(s.endedAt),
      ]),
    },
  ];
}
