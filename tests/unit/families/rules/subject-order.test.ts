// The school's order of subjects (regulamin §4.5.3), defined once and used by every list.
import { describe, expect, it } from 'vitest';
import { compareSubjects, inSchoolOrder, SUBJECT_NAMES, type SubjectCode } from '@/lib/families/rules/subjects';
import { compareSubjectCourses, subjectCourseSlug, subjectOfCourseSlug } from '@/lib/families/subject-courses';
import { subjectsFor, PACKAGE_CODES } from '@/lib/families/rules/packages';
import { isClassNumber } from '@/lib/families/rules/class-table';

const ALL = Object.keys(SUBJECT_NAMES) as SubjectCode[];

describe('the school order of subjects', () => {
  it('follows §4.5.3: early-school, Polish, history, civics, nature, geography, maths, IT, sciences, EDB, languages', () => {
    expect(
      inSchoolOrder([
        'JEZYK_ANGIELSKI',
        'EDB',
        'FIZYKA',
        'CHEMIA',
        'BIOLOGIA',
        'INFORMATYKA',
        'MATEMATYKA',
        'GEOGRAFIA',
        'PRZYRODA',
        'WOS',
        'HISTORIA',
        'JEZYK_POLSKI',
        'EDUKACJA_WCZESNOSZKOLNA',
      ]),
    ).toEqual([
      'EDUKACJA_WCZESNOSZKOLNA',
      'JEZYK_POLSKI',
      'HISTORIA',
      'WOS',
      'PRZYRODA',
      'GEOGRAFIA',
      'MATEMATYKA',
      'INFORMATYKA',
      'BIOLOGIA',
      'CHEMIA',
      'FIZYKA',
      'EDB',
      'JEZYK_ANGIELSKI',
    ]);
  });

  it('gives every subject its own place (a total order), whatever order the input came in', () => {
    const ranks = new Set(ALL.map((a) => ALL.filter((b) => compareSubjects(b, a) < 0).length));
    expect(ranks.size).toBe(ALL.length);
    expect(inSchoolOrder([...ALL].reverse())).toEqual(inSchoolOrder(ALL));
    expect(inSchoolOrder(['HISTORIA', 'HISTORIA', 'JEZYK_POLSKI'])).toEqual(['JEZYK_POLSKI', 'HISTORIA']);
  });

  it.each(PACKAGE_CODES)('%s lists its subjects in that order in every class', (code) => {
    for (let c = 0; c <= 8; c++) {
      if (!isClassNumber(c)) continue;
      const list = subjectsFor(code, c);
      expect(list).toEqual(inSchoolOrder(list));
    }
  });
});

describe('subject courses in a list of courses', () => {
  it('maps a subject course slug back to its subject and nothing else to one', () => {
    for (const s of ALL) expect(subjectOfCourseSlug(subjectCourseSlug(s))).toBe(s);
    expect(subjectOfCourseSlug('excel-od-podstaw')).toBeNull();
    expect(subjectOfCourseSlug('szkola-nie-ma-takiego')).toBeNull();
  });

  it('puts school subjects first in the school order and keeps other courses in their place after them', () => {
    const courses = ['kurs-b', 'szkola-matematyka', 'kurs-a', 'szkola-jezyk-polski', 'szkola-historia'].map((slug) => ({
      slug,
    }));
    expect(courses.sort(compareSubjectCourses).map((c) => c.slug)).toEqual([
      'szkola-jezyk-polski',
      'szkola-historia',
      'szkola-matematyka',
      'kurs-b',
      'kurs-a',
    ]);
  });
});
