import { describe, expect, it } from 'vitest';
import { courseSchema, lessonSchema } from '@/lib/learning/editing/course-schemas';
import { parseZloty } from '@/lib/format/money';
import { priceText } from '@/lib/learning/editing/course-form-values';

describe('course editor input', () => {
  it('reads prices in złoty as grosze and prints them back', () => {
    expect(parseZloty('99')).toBe(9900);
    expect(parseZloty('99,9')).toBe(9990);
    expect(parseZloty('1 299,00 zł')).toBe(129900);
    expect(parseZloty('12.5')).toBe(1250);
    expect(parseZloty('abc')).toBeNull();
    expect(parseZloty('1,999')).toBeNull();
    expect(priceText(129905)).toBe('1299,05');
  });

  it('treats empty access months and time limit as unlimited', () => {
    const r = courseSchema.parse({
      title: 'Kurs',
      slug: 'kurs-a',
      summary: 'Krótki opis kursu',
      description: 'Opis kursu długi',
      categoryId: 'c',
      price: '10,00',
      accessMonths: '',
      testQuestionCount: '10',
      passMarkPercent: '65',
      maxAttempts: '3',
      timeLimitMinutes: '',
      groupInstruction: '',
    });
    expect(r).toMatchObject({
      price: 1000,
      accessMonths: null,
      timeLimitMinutes: null,
      published: false,
      groupInstruction: null,
      passMarkPercent: 65,
    });
  });

  it('rejects a slug with Polish letters and a price below 1 zł, naming the fields', () => {
    const r = courseSchema.safeParse({
      title: 'Kurs',
      slug: 'kurs-żółty',
      summary: 'x'.repeat(10),
      description: 'x'.repeat(10),
      categoryId: 'c',
      price: '0,50',
      testQuestionCount: '1',
      passMarkPercent: '1',
      maxAttempts: '1',
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path[0]).sort()).toEqual(['price', 'slug']);
  });

  it('accepts only embeddable video addresses', () => {
    const base = { courseId: 'c', moduleId: 'm', title: 'Lekcja', position: '1', minutes: '5', body: '' };
    expect(lessonSchema.safeParse({ ...base, videoUrl: 'https://www.youtube.com/watch?v=x' }).success).toBe(false);
    expect(lessonSchema.parse({ ...base, videoUrl: '' }).videoUrl).toBeNull();
  });
});
