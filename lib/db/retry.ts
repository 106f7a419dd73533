// A retry is a loop with a limit: a write that lost a race (a unique violation) is tried again a
// fixed number of times, and a conflict still there after that is an error, never recursion.
import { isUniqueViolation } from '@/lib/errors';

/** The conflict did not go away after every allowed attempt: a bug or an attack, not a race. */
export class ConflictNotResolved extends Error {}

/**
 * Runs `fn`; on a unique violation runs it again (it must look up what the other writer made),
 * at most `attempts` times in all. Any other error, and the last conflict, is thrown.
 */
export async function withRetryOnConflict<T>(
  fn: (attempt: number) => Promise<T>,
  { attempts = 2 }: { attempts?: number } = {},
): Promise<T> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await fn(attempt);
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      if (attempt === attempts)
        throw new ConflictNotResolved(`Unique conflict left after ${attempts} attempts`, { cause: e });
    }
  }
  throw new Error('withRetryOnConflict needs at least one attempt');
}
