import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/db/generated/enums';
import { landingAfterLogin } from '@/lib/panel/landing';

describe('where a person lands after log-in', () => {
  it.each<[Role[], string | undefined, string]>([
    [['ADMINISTRATOR'], undefined, '/panel'],
    [['ACCOUNTING'], '/', '/panel'],
    [['SUPPORT'], undefined, '/panel'],
    [['CONTENT'], undefined, '/panel'],
    [['LEARNER', 'SUPPORT'], undefined, '/panel'],
    // A teacher's home is their classes; a teacher who is also other staff gets the staff home.
    [['TEACHER'], undefined, '/panel/zajecia'],
    [['LEARNER', 'TEACHER'], undefined, '/panel/zajecia'],
    [['TEACHER', 'SUPPORT'], undefined, '/panel'],
    // Learners, parents, companies and children keep the public home.
    [['LEARNER'], undefined, '/'],
    [['PARENT'], '/', '/'],
    [['COMPANY_ADMIN'], undefined, '/'],
    [['CHILD'], undefined, '/'],
    // The legacy STAFF role opens nothing.
    [['STAFF'], undefined, '/'],
    // A page asked for wins, for staff too; a foreign address never does.
    [['ADMINISTRATOR'], '/panel/faktury', '/panel/faktury'],
    [['LEARNER'], '/moje-kursy', '/moje-kursy'],
    [['ADMINISTRATOR'], 'https://evil.example/panel', '/panel'],
    [['ADMINISTRATOR'], '//evil.example', '/panel'],
  ])('%o with next=%s goes to %s', (roles, next, path) => {
    expect(landingAfterLogin(roles, next)).toBe(path);
  });
});
