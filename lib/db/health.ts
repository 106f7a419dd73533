import { db } from './client';

/** True when PostgreSQL answers within `timeoutMs`. */
export async function databaseReachable(timeoutMs = 2000): Promise<boolean> {
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs)),
    ]);
    return true;
  } catch {
    return false;
  }
}
