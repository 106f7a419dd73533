// How the family dashboard names a course: by its subject, in the reader's language.
import { describe, expect, it } from 'vitest';
import { courseLabel } from '@/lib/families/dashboard/format';

describe('courseLabel', () => {
  it('a subject course by its subject’s name, capitalised: Polish by default, English for an English reader', () => {
    const course = { subject: 'JEZYK_POLSKI' as const, title: 'Szkoła polska: język polski' };
    expect(courseLabel(course)).toBe('Język polski');
    expect(courseLabel(course, 'pl')).toBe('Język polski');
    expect(courseLabel(course, 'en')).toBe('Polish');
  });

  it('any other course by its title, whatever the language', () => {
    expect(courseLabel({ subject: null, title: 'Matematyka Live' }, 'en')).toBe('Matematyka Live');
  });
});
