// DATABASE_REPLICA_URL against a real streaming replica: a second embedded PostgreSQL made from
// a base backup of the first, replaying its WAL. With replay paused, the primary and the replica
// disagree on purpose (the primary unpublishes and revokes what the replica still shows), so a
// read can only give the replica's answer if the replica served it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type RunningDatabase } from '@/lib/db/dev/embedded';
import { startStreamingReplica, type RunningReplica } from '@/lib/db/dev/replica';
import { ensureDatabaseExists, withDatabaseUrl } from '@/lib/db/dev/admin';
import { applyMigrations } from '@/lib/db/dev/schema-engine';
import { db } from '@/lib/db/client';
import { closeReplica, readDb } from '@/lib/db/replica';
import { getPublishedCourse, listPublishedCourses } from '@/lib/catalog/courses';
import { verifyCertificate } from '@/lib/certificates/verify';
import { generateCertificateNumber } from '@/lib/certificates/number';
import { dashboardFacts } from '@/lib/groups/dashboard/group-dashboard';

let primary: RunningDatabase;
let replica: RunningReplica;
const outer = { primary: process.env.DATABASE_URL, replica: process.env.DATABASE_REPLICA_URL };
const number = generateCertificateNumber();

beforeAll(async () => {
  primary = await startEmbeddedPostgres({ temporary: true });
  const url = await ensureDatabaseExists(primary.url, 'planeta');
  await applyMigrations(url);
  replica = await startStreamingReplica(primary);
  await db().$disconnect();
  process.env.DATABASE_URL = url;
  process.env.DATABASE_REPLICA_URL = withDatabaseUrl(replica.url, 'planeta');

  const category = await db().category.create({ data: { slug: 'fizyka', name: 'Fizyka' } });
  const course = (slug: string, published: boolean) =>
    db().course.create({
      data: { slug, title: slug, summary: 's', description: 'd', categoryId: category.id, priceGross: 9900, published },
    });
  const shown = await course('widoczny-na-replice', true);
  await course('nowy-na-glownym', false);
  const user = await db().user.create({ data: { firstName: 'Ewa', lastName: 'Nowak', passwordHash: 'x' } });
  const enrolment = await db().enrolment.create({
    data: { userId: user.id, courseId: shown.id, startsAt: new Date() },
  });
  await db().certificate.create({
    data: {
      number,
      enrolmentId: enrolment.id,
      fullName: 'Ewa Nowak',
      courseTitle: shown.title,
      scorePercent: 90,
      issuedAt: new Date(),
    },
  });
  await replica.caughtUp();
  await replica.pauseReplay();
  // From here the primary moves on and the replica does not.
  await db().course.update({ where: { slug: 'widoczny-na-replice' }, data: { published: false } });
  await db().course.update({ where: { slug: 'nowy-na-glownym' }, data: { published: true } });
  await db().certificate.update({ where: { number }, data: { revokedAt: new Date(), revokedReason: 'refund' } });
  const mod = await db().courseModule.create({ data: { courseId: shown.id, position: 1, title: 'Moduł' } });
  await db().lesson.create({ data: { moduleId: mod.id, position: 1, title: 'Lekcja', body: 'x' } });
}, 120_000);

afterAll(async () => {
  await closeReplica();
  await db().$disconnect();
  process.env.DATABASE_URL = outer.primary;
  if (outer.replica === undefined) delete process.env.DATABASE_REPLICA_URL;
  else process.env.DATABASE_REPLICA_URL = outer.replica;
  await replica?.stop();
  await primary?.stop();
});

describe('read replica', () => {
  it('is a hot standby in recovery, reached through the client readDb() reads with', async () => {
    const [row] = await readDb().$replica().$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS standby`;
    expect(row.standby).toBe(true);
    const [main] = await db().$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS standby`;
    expect(main.standby).toBe(false);
  });

  it('serves the public catalogue from the replica', async () => {
    expect((await listPublishedCourses()).map((c) => c.slug)).toEqual(['widoczny-na-replice']);
    expect(await getPublishedCourse('widoczny-na-replice')).not.toBeNull();
    expect(await getPublishedCourse('nowy-na-glownym')).toBeNull();
    // The primary's own answer is the opposite.
    const onPrimary = await db().course.findMany({ where: { published: true }, select: { slug: true } });
    expect(onPrimary.map((c) => c.slug)).toEqual(['nowy-na-glownym']);
  });

  it('verifies certificates on the replica', async () => {
    expect((await verifyCertificate(number)).status).toBe('genuine');
    expect((await db().certificate.findUniqueOrThrow({ where: { number } })).revokedAt).not.toBeNull();
  });

  it('reads a final report’s facts (as of a past day) on the replica, the live dashboard on the primary', async () => {
    const { id: courseId } = await db().course.findUniqueOrThrow({ where: { slug: 'widoczny-na-replice' } });
    const scope = { groupId: 'none', courseId };
    expect((await dashboardFacts({ ...scope, asOf: new Date() })).lessons).toBe(0);
    expect((await dashboardFacts(scope)).lessons).toBe(1);
  });

  it('sends writes and transactions to the primary, never to the replica', async () => {
    // On the replica this UPDATE would fail: it is read-only while in recovery.
    const updated = await readDb().course.update({
      where: { slug: 'nowy-na-glownym' },
      data: { summary: 'po zapisie' },
    });
    expect(updated.summary).toBe('po zapisie');
    // A read inside a transaction sees the primary (the replica still has the course unpublished).
    const seen = await readDb().$transaction((tx) =>
      tx.course.findUniqueOrThrow({ where: { slug: 'nowy-na-glownym' } }),
    );
    expect(seen.published).toBe(true);
    // db() is the primary for every read: what money, seats and contracts use.
    expect((await db().course.findUniqueOrThrow({ where: { slug: 'nowy-na-glownym' } })).summary).toBe('po zapisie');
  });

  it('shows the primary’s state once the replica replays it', async () => {
    await replica.resumeReplay();
    await replica.caughtUp();
    expect((await listPublishedCourses()).map((c) => c.slug)).toEqual(['nowy-na-glownym']);
    expect((await verifyCertificate(number)).status).toBe('revoked');
  });

  it('reads from the primary when no replica is configured', async () => {
    const url = process.env.DATABASE_REPLICA_URL;
    delete process.env.DATABASE_REPLICA_URL;
    try {
      expect(readDb().$replica()).toBe(db());
    } finally {
      process.env.DATABASE_REPLICA_URL = url;
    }
  });
});
