// Several machines, for real (issue 25): two web instances (`npm run start:web`) and two workers
// (`npm run start:worker`) from the one production build, on one PostgreSQL of their own. PayU's
// notifications for one payment reach both web instances at once, every cron job fires in both
// workers, and a form rendered by one instance is submitted to the other.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { sharedEnvironment, startWeb, startWorker, stopAll, until, type Instance } from './support/instances';
import { startEmbeddedPostgres, type RunningDatabase } from '../../lib/db/dev/embedded';
import { ensureDatabaseExists } from '../../lib/db/dev/admin';
import { applyMigrations } from '../../lib/db/dev/schema-engine';
import { startLocalKsef } from '../../lib/invoices/ksef/simulator/local';
import { signatureHeader } from '../../lib/payments/payu/signature';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

const SECOND_KEY = 'b6ca15b0d1020e8094d9b5f8d163db54'; // PayU's public sandbox POS, the default
const base = Number(process.env.E2E_PORT ?? 3100) + 60;
let database: RunningDatabase;
let ksef: Awaited<ReturnType<typeof startLocalKsef>>;
let web: Instance[] = [];
let workers: Instance[] = [];
let db: typeof import('../../lib/db/client').db;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  database = await startEmbeddedPostgres({ temporary: true });
  const url = await ensureDatabaseExists(database.url, 'planeta_instances');
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  ({ db } = await import('../../lib/db/client'));
  ksef = await startLocalKsef({
    port: base + 10,
    processingDelayMs: 50,
    dataDir: mkdtempSync(path.join(tmpdir(), 'planeta-instances-ksef-')),
    quiet: true,
  });
  const env = {
    DATABASE_URL: url,
    APP_URL: `http://localhost:${base}`,
    AUTH_SECRET: 'instances-secret-instances-secret-instances',
    KSEF_BASE_URL: process.env.KSEF_BASE_URL!,
    KSEF_QR_BASE_URL: process.env.KSEF_QR_BASE_URL!,
    DB_POOL_SIZE: '4',
    DB_SQL_POOL_SIZE: '4',
    ...sharedEnvironment(),
  };
  web = await Promise.all([startWeb('web-a', base, env), startWeb('web-b', base + 1, env)]);
  // One after the other: the first creates pg-boss's schema, which two first starts at once can race on.
  workers = [await startWorker('worker-1', env), await startWorker('worker-2', env)];
});

test.afterAll(async () => {
  await stopAll([...web, ...workers]);
  await ksef?.close().catch(() => {});
  await db?.().$disconnect();
  await database?.stop();
});

async function orderAwaitingPayment() {
  const category = await db().category.create({ data: { slug: 'bhp', name: 'BHP' } });
  const course = await db().course.create({
    data: {
      slug: 'bhp',
      title: 'Kurs BHP',
      summary: 's',
      description: 'd',
      syllabus: [],
      categoryId: category.id,
      accessMonths: 2,
      priceGross: 9900,
    },
  });
  const offer = await db().courseOffer.create({ data: { courseId: course.id, seats: 1, priceGross: 9900 } });
  const user = await db().user.create({
    data: { email: 'kupujaca@example.pl', firstName: 'Ala', lastName: 'Kot', passwordHash: 'x' },
  });
  await db().order.create({
    data: {
      number: 'ZAM-I-1',
      checkoutKey: 'instances-1',
      userId: user.id,
      totalGross: 9900,
      buyerType: 'PERSON',
      buyerName: 'Ala Kot',
      buyerEmail: user.email!,
      street: 'ul. Polna 1',
      postalCode: '30-001',
      city: 'Kraków',
      termsVersion: 't',
      termsAcceptedAt: new Date(),
      items: {
        create: {
          offerId: offer.id,
          courseId: course.id,
          name: 'Kurs BHP',
          seats: 1,
          quantity: 1,
          unitGross: 9900,
          totalGross: 9900,
        },
      },
      payments: {
        create: { extOrderId: 'EXT-I-1', payuOrderId: 'PAYU-I-1', amount: 9900, currency: 'PLN', status: 'PENDING' },
      },
    },
  });
  return user;
}

test('PayU notifications for one payment sent to both instances at once: one fulfilment, one invoice, one e-mail', async () => {
  const user = await orderAwaitingPayment();
  const body = JSON.stringify({
    order: {
      orderId: 'PAYU-I-1',
      extOrderId: 'EXT-I-1',
      status: 'COMPLETED',
      totalAmount: '9900',
      currencyCode: 'PLN',
    },
    properties: [{ name: 'PAYMENT_ID', value: '5000' }],
  });
  const headers = {
    'content-type': 'application/json',
    'openpayu-signature': signatureHeader(body, SECOND_KEY, 'MD5'),
  };
  // PayU retries; with two instances behind a balancer each retry may land on either.
  const responses = await Promise.all(
    [...web, ...web, ...web].map((w) => fetch(`${w.url}/api/payu/notify`, { method: 'POST', body, headers })),
  );
  expect(responses.map((r) => r.status)).toEqual(Array(6).fill(200));

  const mails = () => db().emailMessage.findMany({ where: { template: 'order-paid', to: user.email! } });
  // The e-mail is delivered by a worker (JOBS=off on the web instances); the invoice numbered after the commit.
  await until(async () => (await mails()).some((m) => m.status !== 'QUEUED'), 'the order e-mail to be delivered');
  await until(
    async () => (await db().invoice.findFirst({ where: { order: { userId: user.id } } }))?.number != null,
    'the invoice number',
  );
  expect((await db().order.findFirstOrThrow({ where: { userId: user.id } })).status).toBe('PAID');
  expect(await db().enrolment.count({ where: { userId: user.id } })).toBe(1);
  expect(await db().invoice.count({ where: { order: { userId: user.id } } })).toBe(1);
  expect((await mails()).map((m) => m.status)).toEqual(['STORED']);
});

test('every cron job fired by both workers runs once a minute', async () => {
  // Every schedule once a minute (they are daily or hourly), so both workers' cron monitors fire it now.
  const names = (await db().$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM pgboss.schedule ORDER BY name`)).map(
    (r) => r.name,
  );
  expect(names.length).toBeGreaterThan(5);
  const since = new Date();
  await db().$executeRawUnsafe(`UPDATE pgboss.schedule SET cron = '* * * * *'`);
  type Row = { name: string; runs: number; minutes: number; done: number; failed: number };
  const runs = () =>
    db().$queryRawUnsafe<Row[]>(
      `SELECT name, count(*)::int AS runs, count(DISTINCT date_trunc('minute', created_on))::int AS minutes,
              count(*) FILTER (WHERE state IN ('completed', 'failed'))::int AS done,
              count(*) FILTER (WHERE state = 'failed')::int AS failed
         FROM (SELECT name, created_on, state FROM pgboss.job UNION ALL SELECT name, created_on, state FROM pgboss.archive) j
        WHERE created_on >= $1 AND name = ANY($2::text[]) GROUP BY name ORDER BY name`,
      since,
      names,
    );
  await until(
    async () => {
      const rows = await runs();
      return rows.length === names.length && rows.every((r) => r.done === r.runs);
    },
    'every cron job to run',
    150_000,
  );
  await db().$executeRawUnsafe(`UPDATE pgboss.schedule SET cron = '0 0 1 1 *'`);
  for (const r of await runs())
    expect(r, `${r.name}: once a minute, and without failing on an empty platform`).toMatchObject({
      runs: r.minutes,
      failed: 0,
    });
});

test('a form rendered by one instance is accepted by the other', async ({ page }) => {
  const [a, b] = web;
  let crossed = 0;
  // The page comes from A; its Server Action POST goes to B (as a balancer without sticky sessions would).
  const form = (url: URL) => url.origin === a.url && url.pathname === '/rejestracja';
  await page.route(form, async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    crossed++;
    // A balancer keeps the public host; Next refuses an action whose Origin and host differ.
    const headers = { ...route.request().headers(), 'x-forwarded-host': new URL(a.url!).host };
    const response = await route.fetch({ url: `${b.url}/rejestracja`, headers, maxRedirects: 0 });
    await route.fulfill({ response });
  });
  await page.goto(`${a.url}/rejestracja`);
  await page.getByLabel('Imię').fill('Wiktor');
  await page.getByLabel('Nazwisko').fill('Dwuinstancyjny');
  await page.getByLabel('E-mail', { exact: true }).fill('dwie-instancje@example.pl');
  await page.getByLabel('Hasło', { exact: true }).fill('Instancje2026');
  await page.getByLabel(/Akceptuję regulamin/).check();
  await page.getByRole('button', { name: 'Załóż konto' }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText('Wiktor Dwuinstancyjny');
  expect(crossed).toBeGreaterThan(0);
  expect(await db().user.count({ where: { email: 'dwie-instancje@example.pl' } })).toBe(1);
});
