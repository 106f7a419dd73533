// catalogue: requests per second of the public catalogue and a course page (anonymous visitors,
// 50 concurrent clients, the two paths in turn) as a ratio to a static page of the same
// production server in the same run (the two take turns in rounds). Target ≥ 0.8.
import { benchDatabase, report } from './support';
import { compare, startServer, stopServer } from './http-support';

const N = 600;
const CONCURRENCY = 50;
const COURSE = '/kursy/bhp-pracownicy-biurowi';

const database = await benchDatabase('catalogue');
const { seedDemoData } = await import('../lib/demo/seed');
await seedDemoData();

const server = await startServer();
try {
  const [staticRun, catalogueRun] = await compare(
    [
      { paths: ['/regulamin'], cookie: '' },
      { paths: ['/kursy', COURSE], cookie: '' },
    ],
    { n: N, concurrency: CONCURRENCY },
  );
  report({
    bench: 'catalogue',
    value: +catalogueRun.rps.toFixed(1),
    unit: 'requests/s',
    baseline: +staticRun.rps.toFixed(1),
    ratio: +(catalogueRun.rps / staticRun.rps).toFixed(3),
    target: 0.8,
    concurrency: CONCURRENCY,
    p95Ms: +catalogueRun.p95.toFixed(1),
    baselineP95Ms: +staticRun.p95.toFixed(1),
  });
} finally {
  await stopServer(server);
  await database.close();
}
