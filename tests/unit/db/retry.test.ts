import { describe, expect, it } from 'vitest';
import { ConflictNotResolved, withRetryOnConflict } from '@/lib/db/retry';

const conflict = () => Object.assign(new Error('Unique constraint failed'), { code: 'P2002' });

describe('withRetryOnConflict', () => {
  it('tries again after a lost race and returns what the second attempt finds', async () => {
    let calls = 0;
    const got = await withRetryOnConflict(async (attempt) => {
      calls++;
      if (attempt === 1) throw conflict();
      return 'continued';
    });
    expect(got).toBe('continued');
    expect(calls).toBe(2);
  });

  it('stops after the allowed attempts: a conflict that stays is an error, not a loop', async () => {
    let calls = 0;
    const run = withRetryOnConflict(
      async () => {
        calls++;
        throw conflict();
      },
      { attempts: 2 },
    );
    await expect(run).rejects.toBeInstanceOf(ConflictNotResolved);
    expect(calls).toBe(2);
  });

  it('does not retry any other error', async () => {
    let calls = 0;
    const run = withRetryOnConflict(async () => {
      calls++;
      throw new Error('boom');
    });
    await expect(run).rejects.toThrow('boom');
    expect(calls).toBe(1);
  });
});
