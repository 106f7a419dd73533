// A production web instance starts only when it shares the session secret, the Server Actions key
// and the build with the rest of its deployment (lib/config/instances.ts).
import { describe, expect, it } from 'vitest';
import { actionsKeyHash, instanceProblems, validActionsKey } from '@/lib/config/instances';

const KEY = Buffer.alloc(32, 7).toString('base64');
const SECRET = 's'.repeat(40);
const built = { buildId: 'release-42', actionsKeyHash: actionsKeyHash(KEY) };
const good = { AUTH_SECRET: SECRET, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: KEY, BUILD_ID: 'release-42' };

describe('validActionsKey', () => {
  it.each([
    [Buffer.alloc(16).toString('base64'), true],
    [Buffer.alloc(24).toString('base64'), true],
    [KEY, true],
    [Buffer.alloc(20).toString('base64'), false],
    ['not base64!', false],
  ])('%s → %s', (key, ok) => expect(validActionsKey(key)).toBe(ok));
});

describe('instanceProblems', () => {
  it('lets an instance that shares everything start', () => {
    expect(instanceProblems(good, built)).toEqual([]);
  });

  it.each([
    ['no secret', { ...good, AUTH_SECRET: undefined }, 'AUTH_SECRET'],
    ['a short secret', { ...good, AUTH_SECRET: 'short' }, 'AUTH_SECRET'],
    [
      'no Server Actions key',
      { ...good, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: undefined },
      'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY',
    ],
    ['a malformed key', { ...good, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'abc' }, 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY'],
    [
      'a key the build was not made with',
      { ...good, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 8).toString('base64') },
      'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY',
    ],
    ['no build id', { ...good, BUILD_ID: undefined }, 'BUILD_ID'],
    ['another build', { ...good, BUILD_ID: 'release-41' }, 'BUILD_ID'],
  ])('refuses %s, naming the variable', (_case, source, name) => {
    const lines = instanceProblems(source, built);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${name}:`);
  });

  it('refuses to start without a build', () => {
    expect(instanceProblems(good, null).join('\n')).toContain('.next:');
  });

  it('never records the key itself', () => {
    expect(actionsKeyHash(KEY)).not.toContain(KEY.slice(0, 8));
    expect(actionsKeyHash(undefined)).toBeNull();
  });
});
