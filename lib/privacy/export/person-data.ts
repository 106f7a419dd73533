// Everything we hold about one person, loaded for the export and the "Moje dane" page. Every
// query has the person (or a child the person is the parent of) in its where: nothing of anybody
// else. A company admin's groups come without their participants: those are the company's data
// as controller (art. 28 RODO), exported by the company, not in the admin's own copy.
import { db } from '@/lib/db/client';
import { NotFoundError } from '@/lib/errors';

const enrolmentSelect = {
  status: true,
  startsAt: true,
  endsAt: true,
  createdAt: true,
  course: { select: { title: true, modules: { select: { _count: { select: { lessons: true } } } } } },
  progress: { orderBy: { completedAt: 'asc' }, select: { completedAt: true, lesson: { select: { title: true } } } },
  attempts: {
    orderBy: { number: 'asc' },
    select: {
      number: true,
      startedAt: true,
      submittedAt: true,
      points: true,
      maxPoints: true,
      percent: true,
      passed: true,
    },
  },
  certificate: { select: { number: true, fullName: true, courseTitle: true, scorePercent: true, issuedAt: true } },
} as const;

async function loadEnrolments(userId: string) {
  return db().enrolment.findMany({ where: { userId }, orderBy: { createdAt: 'asc' }, select: enrolmentSelect });
}

export type LoadedEnrolment = Awaited<ReturnType<typeof loadEnrolments>>[number];

/** When the current address became the person's: its confirmed change, else the account's creation. */
async function addressSince(userId: string, email: string | null, createdAt: Date): Promise<Date> {
  if (!email) return createdAt;
  const change = await db().emailChangeToken.findFirst({
    where: { userId, newEmail: email, usedAt: { not: null } },
    orderBy: { usedAt: 'desc' },
    select: { usedAt: true, expiresAt: true },
  });
  return change?.usedAt ?? createdAt;
}

export async function loadPersonData(userId: string) {
  const user = await db().user.findFirst({
    where: { id: userId, deletedAt: null },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      login: true,
      phone: true,
      country: true,
      roles: true,
      createdAt: true,
      lastLoginAt: true,
      termsVersion: true,
      termsAcceptedAt: true,
    },
  });
  if (!user) throw new NotFoundError('user');
  const since = await addressSince(userId, user.email, user.createdAt);
  const [orders, enrolments, emails, sessions, children, ownedGroups, adminOf, memberships] = await Promise.all([
    db().order.findMany({
      where: { userId },
      orderBy: { createdAt: 'asc' },
      select: {
        number: true,
        status: true,
        createdAt: true,
        paidAt: true,
        currency: true,
        totalGross: true,
        refundedGross: true,
        buyerType: true,
        buyerName: true,
        buyerEmail: true,
        companyName: true,
        nip: true,
        street: true,
        postalCode: true,
        city: true,
        country: true,
        shippingName: true,
        shippingStreet: true,
        shippingPostalCode: true,
        shippingCity: true,
        shippingCountry: true,
        termsVersion: true,
        termsAcceptedAt: true,
        immediateDeliveryConsent: true,
        items: {
          select: { name: true, quantity: true, seats: true, unitGross: true, totalGross: true, vatRate: true },
        },
        payments: {
          orderBy: { createdAt: 'asc' },
          select: { status: true, amount: true, currency: true, createdAt: true },
        },
        refunds: {
          orderBy: { createdAt: 'asc' },
          select: { amount: true, status: true, createdAt: true, finalizedAt: true },
        },
        invoice: { select: { number: true, kind: true, issuedAt: true, saleDate: true, snapshot: true } },
      },
    }),
    loadEnrolments(userId),
    user.email
      ? db().emailMessage.findMany({
          where: { to: user.email, createdAt: { gte: since } },
          orderBy: { createdAt: 'asc' },
          select: {
            subject: true,
            locale: true,
            template: true,
            status: true,
            createdAt: true,
            sentAt: true,
            text: true,
          },
        })
      : Promise.resolve([]),
    db().authSession.findMany({
      where: { userId },
      orderBy: { createdAt: 'asc' },
      select: { createdAt: true, lastSeenAt: true, userAgent: true, ip: true, revokedAt: true },
    }),
    db().child.findMany({
      where: { parentId: userId },
      orderBy: { createdAt: 'asc' },
      select: {
        fullName: true,
        birthYear: true,
        classShift: true,
        createdAt: true,
        user: { select: { id: true, login: true } },
        packages: {
          orderBy: { createdAt: 'asc' },
          select: {
            packageCode: true,
            schoolYear: true,
            classNumber: true,
            status: true,
            amountPaid: true,
            currency: true,
            paidAt: true,
            accessEndsAt: true,
          },
        },
      },
    }),
    db().group.findMany({
      where: { ownerId: userId },
      orderBy: { createdAt: 'asc' },
      select: {
        companyName: true,
        seats: true,
        seatsUsed: true,
        active: true,
        createdAt: true,
        course: { select: { title: true } },
      },
    }),
    db().groupAdmin.findMany({
      where: { userId },
      select: {
        createdAt: true,
        group: {
          select: {
            companyName: true,
            seats: true,
            seatsUsed: true,
            active: true,
            course: { select: { title: true } },
          },
        },
      },
    }),
    db().groupParticipant.findMany({
      where: { userId },
      select: {
        createdAt: true,
        birthDate: true,
        birthPlace: true,
        group: { select: { companyName: true, course: { select: { title: true } } } },
      },
    }),
  ]);
  const [childEnrolments, complaints, contactMessages, privacyRequests, familyTrials, exports, officeMessages] =
    await Promise.all([
      Promise.all(children.map((c) => loadEnrolments(c.user.id))),
      db().complaint.findMany({
        where: { userId },
        orderBy: { receivedAt: 'asc' },
        select: { number: true, receivedAt: true, description: true, demand: true, answer: true, answeredAt: true },
      }),
      db().contactMessage.findMany({
        where: { userId },
        orderBy: { createdAt: 'asc' },
        select: { topic: true, message: true, createdAt: true },
      }),
      db().privacyRequest.findMany({
        where: { userId },
        orderBy: { receivedAt: 'asc' },
        select: {
          number: true,
          kind: true,
          details: true,
          receivedAt: true,
          status: true,
          reply: true,
          decidedAt: true,
        },
      }),
      db().familyTrial.findMany({
        where: { parentId: userId },
        select: { schoolYear: true, startedAt: true, endsAt: true },
      }),
      db().dataExport.findMany({
        where: { userId },
        orderBy: { requestedAt: 'asc' },
        select: { requestedAt: true, readyAt: true, status: true },
      }),
      db().officeMessage.findMany({
        where: { learnerId: userId },
        orderBy: { createdAt: 'asc' },
        select: { fromOffice: true, body: true, createdAt: true, files: { select: { fileName: true } } },
      }),
    ]);
  return {
    user,
    orders,
    enrolments,
    emails,
    sessions,
    children: children.map((c, i) => ({ ...c, enrolments: childEnrolments[i]! })),
    groups: [
      ...ownedGroups.map((g) => ({ ...g, role: 'owner' as const })),
      ...adminOf.map((a) => ({ ...a.group, createdAt: a.createdAt, role: 'admin' as const })),
    ],
    memberships,
    complaints,
    contactMessages,
    officeMessages,
    privacyRequests,
    familyTrials,
    exports,
  };
}

export type PersonData = Awaited<ReturnType<typeof loadPersonData>>;
