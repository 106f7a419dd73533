// lesson-page: requests per second of a signed-in lesson page (session check, access window,
// outline with progress, markdown) as a ratio to a static page of the same production server
// in the same run. Target ≥ 0.8, and its p95 latency at most 1.5× the static page's (issue 25).
import { report } from './support';
import { lessonBench } from './lesson-fixture';
import { BASE, compare, signIn, startServer, stopServer } from './http-support';

const N = 400;
const CONCURRENCY = 8;

const { database, lessonPath } = await lessonBench('lesson-page');

const server = await startServer();
try {
  const cookie = await signIn('kursant', 'Planeta2026');
  const page = await fetch(BASE + lessonPath, { headers: { cookie } });
  if (page.status !== 200 || !(await page.text()).includes('Obowiązki pracodawcy'))
    throw new Error('lesson page did not render for the learner');

  const [staticRun, lessonRun] = await compare(
    [
      { paths: ['/regulamin'], cookie: '' },
      { paths: [lessonPath], cookie },
    ],
    { n: N, concurrency: CONCURRENCY },
  );
  report({
    bench: 'lesson-page',
    value: +lessonRun.rps.toFixed(1),
    unit: 'requests/s',
    baseline: +staticRun.rps.toFixed(1),
    ratio: +(lessonRun.rps / staticRun.rps).toFixed(3),
    target: 0.8,
    p95Ms: +lessonRun.p95.toFixed(1),
    baselineP95Ms: +staticRun.p95.toFixed(1),
    p95Ratio: +(lessonRun.p95 / staticRun.p95).toFixed(3),
    p95TargetMax: 1.5,
  });
} finally {
  await stopServer(server);
  await database.close();
}
