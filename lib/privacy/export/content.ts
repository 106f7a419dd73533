// dane.json: the person's data in a machine-readable form (art. 20 RODO: structured, commonly
// used), a pure function of what lib/privacy/export/person-data.ts loaded. Dates are ISO 8601
// (UTC), money is { amount: minor units, currency }, states are the codes we store.
import type { LoadedEnrolment, PersonData } from './person-data';

export const EXPORT_FORMAT = 'planeta-export/1';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const money = (amount: number, currency: string) => ({ amount, currency });

type InvoiceBuyer = { name?: string; nip?: string | null; country?: string | null; addressLines?: string[] };

function enrolment(e: LoadedEnrolment) {
  const lessons = e.course.modules.reduce((s, m) => s + m._count.lessons, 0);
  return {
    course: e.course.title,
    status: e.status,
    startsAt: iso(e.startsAt),
    endsAt: iso(e.endsAt),
    lessonsTotal: lessons,
    lessonsCompleted: e.progress.length,
    progress: e.progress.map((p) => ({ lesson: p.lesson.title, completedAt: iso(p.completedAt) })),
    testResults: e.attempts.map((a) => ({
      attempt: a.number,
      startedAt: iso(a.startedAt),
      submittedAt: iso(a.submittedAt),
      points: a.points,
      maxPoints: a.maxPoints,
      percent: a.percent,
      passed: a.passed,
    })),
    certificate: e.certificate
      ? {
          number: e.certificate.number,
          fullName: e.certificate.fullName,
          course: e.certificate.courseTitle,
          scorePercent: e.certificate.scorePercent,
          issuedAt: iso(e.certificate.issuedAt),
        }
      : null,
  };
}

export function exportContent(d: PersonData, generatedAt: Date) {
  const u = d.user;
  const paidOrders = d.orders;
  return {
    format: EXPORT_FORMAT,
    generatedAt: iso(generatedAt),
    profile: {
      id: u.id,
      firstName: u.firstName,
      lastName: u.lastName,
      email: u.email,
      login: u.login,
      phone: u.phone,
      country: u.country,
      roles: u.roles,
      createdAt: iso(u.createdAt),
      lastLoginAt: iso(u.lastLoginAt),
    },
    consents: [
      ...(u.termsVersion
        ? [
            {
              kind: 'terms',
              version: u.termsVersion,
              acceptedAt: iso(u.termsAcceptedAt),
              context: 'account',
              order: null,
            },
          ]
        : []),
      ...paidOrders.flatMap((o) => [
        {
          kind: 'terms',
          version: o.termsVersion,
          acceptedAt: iso(o.termsAcceptedAt),
          context: 'order',
          order: o.number,
        },
        ...(o.immediateDeliveryConsent
          ? [
              {
                kind: 'immediate-delivery',
                version: o.termsVersion,
                acceptedAt: iso(o.termsAcceptedAt),
                context: 'order',
                order: o.number,
              },
            ]
          : []),
      ]),
    ],
    orders: d.orders.map((o) => ({
      number: o.number,
      status: o.status,
      createdAt: iso(o.createdAt),
      paidAt: iso(o.paidAt),
      total: money(o.totalGross, o.currency),
      refunded: money(o.refundedGross, o.currency),
      buyer: {
        type: o.buyerType,
        name: o.buyerName,
        email: o.buyerEmail,
        companyName: o.companyName,
        nip: o.nip,
        street: o.street,
        postalCode: o.postalCode,
        city: o.city,
        country: o.country,
      },
      shipping: o.shippingName
        ? {
            name: o.shippingName,
            street: o.shippingStreet,
            postalCode: o.shippingPostalCode,
            city: o.shippingCity,
            country: o.shippingCountry,
          }
        : null,
      items: o.items.map((i) => ({
        name: i.name,
        quantity: i.quantity,
        seats: i.seats,
        unitPrice: money(i.unitGross, o.currency),
        total: money(i.totalGross, o.currency),
        vatRate: i.vatRate,
      })),
      payments: o.payments.map((p) => ({
        status: p.status,
        amount: money(p.amount, p.currency),
        createdAt: iso(p.createdAt),
      })),
      refunds: o.refunds.map((r) => ({
        status: r.status,
        amount: money(r.amount, o.currency),
        createdAt: iso(r.createdAt),
        finalizedAt: iso(r.finalizedAt),
      })),
    })),
    invoices: d.orders.flatMap((o) => {
      if (!o.invoice || (o.invoice.kind === 'INVOICE' && !o.invoice.number)) return [];
      const buyer = ((o.invoice.snapshot as { buyer?: InvoiceBuyer } | null)?.buyer ?? {}) as InvoiceBuyer;
      return [
        {
          kind: o.invoice.kind,
          number: o.invoice.number,
          order: o.number,
          issuedAt: iso(o.invoice.issuedAt),
          saleDate: iso(o.invoice.saleDate),
          total: money(o.totalGross, o.currency),
          buyer: { name: buyer.name ?? null, nip: buyer.nip ?? null, address: buyer.addressLines ?? [] },
        },
      ];
    }),
    enrolments: d.enrolments.map(enrolment),
    children: d.children.map((c) => ({
      fullName: c.fullName,
      birthYear: c.birthYear,
      classShift: c.classShift,
      login: c.user.login,
      addedAt: iso(c.createdAt),
      packages: c.packages.map((p) => ({
        package: p.packageCode,
        schoolYear: p.schoolYear,
        classNumber: p.classNumber,
        status: p.status,
        paid: money(p.amountPaid, p.currency),
        paidAt: iso(p.paidAt),
        accessEndsAt: iso(p.accessEndsAt),
      })),
      enrolments: c.enrolments.map(enrolment),
    })),
    familyTrials: d.familyTrials.map((t) => ({
      schoolYear: t.schoolYear,
      startedAt: iso(t.startedAt),
      endsAt: iso(t.endsAt),
    })),
    groups: d.groups.map((g) => ({
      role: g.role,
      companyName: g.companyName,
      course: g.course.title,
      seats: g.seats,
      seatsUsed: g.seatsUsed,
      active: g.active,
      since: iso(g.createdAt),
    })),
    groupMemberships: d.memberships.map((m) => ({
      companyName: m.group.companyName,
      course: m.group.course.title,
      since: iso(m.createdAt),
      birthDate: m.birthDate ? m.birthDate.toISOString().slice(0, 10) : null,
      birthPlace: m.birthPlace,
    })),
    messages: d.emails.map((e) => ({
      subject: e.subject,
      locale: e.locale,
      template: e.template,
      status: e.status,
      createdAt: iso(e.createdAt),
      sentAt: iso(e.sentAt),
      text: e.text,
    })),
    complaints: d.complaints.map((c) => ({
      number: c.number,
      receivedAt: iso(c.receivedAt),
      description: c.description,
      demand: c.demand,
      answer: c.answer,
      answeredAt: iso(c.answeredAt),
    })),
    contactMessages: d.contactMessages.map((c) => ({ topic: c.topic, message: c.message, sentAt: iso(c.createdAt) })),
    officeMessages: d.officeMessages.map((m) => ({
      from: m.fromOffice ? 'office' : 'learner',
      message: m.body,
      files: m.files.map((f) => f.fileName),
      sentAt: iso(m.createdAt),
    })),
    privacyRequests: d.privacyRequests.map((r) => ({
      number: r.number,
      kind: r.kind,
      details: r.details,
      receivedAt: iso(r.receivedAt),
      status: r.status,
      reply: r.reply,
      decidedAt: iso(r.decidedAt),
    })),
    sessions: d.sessions.map((s) => ({
      startedAt: iso(s.createdAt),
      lastSeenAt: iso(s.lastSeenAt),
      device: s.userAgent,
      ip: s.ip,
      endedAt: iso(s.revokedAt),
    })),
    exports: d.exports.map((x) => ({ requestedAt: iso(x.requestedAt), readyAt: iso(x.readyAt), status: x.status })),
  };
}

export type ExportContent = ReturnType<typeof exportContent>;
