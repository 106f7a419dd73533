import { benchDatabase } from '../bench/support';
const database = await benchDatabase('txlat');
const { db } = await import('../lib/db/client');
for (const n of [1, 3, 6]) {
  const t0 = performance.now();
  for (let k = 0; k < 30; k++) await db().$transaction(async (tx) => { for (let i = 0; i < n; i++) await tx.$queryRaw`SELECT 1`; });
  console.log('prisma tx', n, ((performance.now() - t0) / 30).toFixed(2), 'ms');
}
let t0 = performance.now();
for (let k = 0; k < 30; k++) await db().$queryRaw`SELECT 1`;
console.log('prisma single', ((performance.now() - t0) / 30).toFixed(2));
t0 = performance.now();
for (let k = 0; k < 30; k++) await db().category.findFirst();
console.log('prisma findFirst', ((performance.now() - t0) / 30).toFixed(2));
await database.close();
