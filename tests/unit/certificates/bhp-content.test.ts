// The BHP template states what the regulation's model certificate requires (zał. nr 1 do rozp.
// MGiP z 27.07.2004): birth date and place, the training's kind, form, audience, organiser, dates,
// length in lesson hours and the register number; missing birth data stays blank to fill in.
import { describe, expect, it } from 'vitest';
import { certificateText, type BhpDetails, type CertificateInput } from '@/lib/certificates/content';
import { fromWarsaw } from '@/lib/format/time';

const details: BhpDetails = {
  birthDate: new Date(Date.UTC(1988, 2, 14)),
  birthPlace: 'Radom',
  trainingKind: 'szkolenie okresowe',
  trainingForm: 'samokształcenie kierowane',
  audience: 'pracowników administracyjno-biurowych',
  organiser: 'Planeta sp. z o.o., Warszawa',
  startedAt: fromWarsaw(2026, 10, 1, 9),
  finishedAt: fromWarsaw(2026, 11, 20, 23, 30),
  lessonHours: 8,
  registerNumber: 'BHP/2026/PL-0000-0000-0012',
};
const input: CertificateInput = {
  fullName: ' Anna Nowak ',
  courseTitle: 'BHP dla biura',
  issuedAt: fromWarsaw(2026, 11, 21),
  scorePercent: 90,
  number: 'PL-0000-0000-0012',
  verifyUrl: 'https://planeta.example.pl/certyfikaty/PL-0000-0000-0012',
  bhp: details,
};
const lines = (i: CertificateInput) => certificateText(i).bhp!.lines.map((l) => `${l.lead} ${l.value}`);

describe('BHP certificate text', () => {
  it('states every element of the model, in its order', () => {
    expect(lines(input)).toEqual([
      'Pan(i) Anna Nowak',
      'urodzony(a) dnia 14 marca 1988 w miejscowości Radom',
      'ukończył(a) szkolenie okresowe „BHP dla biura”',
      'forma szkolenia: samokształcenie kierowane',
      'w zakresie bezpieczeństwa i higieny pracy dla pracowników administracyjno-biurowych',
      'organizowane przez Planeta sp. z o.o., Warszawa',
      'w dniach 1 października 2026 – 20 listopada 2026',
      'w wymiarze 8 godzin lekcyjnych (po 45 minut)',
    ]);
    expect(certificateText(input).bhp).toMatchObject({ registerNumber: 'BHP/2026/PL-0000-0000-0012' });
  });

  it('leaves missing birth data and audience blank, for the organiser to fill in by hand', () => {
    const bare = {
      ...input,
      bhp: { ...details, birthDate: null, birthPlace: null, audience: null, trainingForm: null, lessonHours: null },
    };
    const text = lines(bare);
    expect(text[1]).toBe('urodzony(a) dnia …………………………… w miejscowości ……………………………');
    expect(text).not.toContainEqual(expect.stringMatching(/forma szkolenia|w wymiarze/));
    expect(text).toContain('w zakresie bezpieczeństwa i higieny pracy dla ……………………………');
  });

  it('a standard course has no BHP part', () => {
    expect(certificateText({ ...input, bhp: undefined }).bhp).toBeUndefined();
  });
});
