// The lesson benches' world: a database of their own with the demo data and learning content,
// and the first lesson of the BHP course, which the demo learner is enrolled on.
import { benchDatabase } from './support';

export async function lessonBench(name: string) {
  const database = await benchDatabase(name);
  const { seedDemoData } = await import('../lib/demo/seed');
  const { seedLearningContent } = await import('../lib/demo/learning-content');
  const { db } = await import('../lib/db/client');
  await seedDemoData();
  await seedLearningContent();
  const lesson = await db().lesson.findFirstOrThrow({
    where: { module: { course: { slug: 'bhp-pracownicy-biurowi' } } },
    orderBy: [{ module: { position: 'asc' } }, { position: 'asc' }],
    select: { id: true },
  });
  return { database, db, lessonPath: `/nauka/bhp-pracownicy-biurowi/lekcje/${lesson.id}` };
}
