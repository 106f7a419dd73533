import { describe, expect, it } from 'vitest';
import { agreementClauses } from '@/lib/groups/agreement/agreement-text';
import { parseSeller } from '@/lib/invoices/seller';
import { agreementTextHash } from '@/lib/groups/agreement/electronic';

const clauses = agreementClauses({
  company: { name: 'Firma', nip: '5260250274', addressLines: [] },
  seller: parseSeller({}),
  courseTitle: 'Kurs',
  seats: 30,
  orderNumber: 'ZAM/1',
});
const text = JSON.stringify(clauses);

describe('agreement wording', () => {
  it('cross-references point at the right paragraphs', () => {
    // The text cites § 6 for sub-processors and § 8 for deletion.
    expect(text).toContain('§ 6');
    expect(clauses[6 - 1].title).toBe('Dalsze powierzenie');
    expect(text).toContain('§ 8');
    expect(clauses[8 - 1].title).toBe('Usunięcie danych po zakończeniu Usługi');
  });

  it('lists all eight processor duties of art. 28(3) a–h', () => {
    const duties = clauses
      .find((c) => c.title === 'Obowiązki Podmiotu przetwarzającego')
      ?.points.find((p) => typeof p !== 'string');
    expect(typeof duties === 'object' && duties.items).toHaveLength(8);
  });
});

describe('the school agreement (issue 23, A17)', () => {
  const seller = parseSeller({});
  const company = { name: 'Firma', nip: '5260250274', addressLines: ['ul. Prosta 1', '00-001 Warszawa'] };

  it('leaves the group agreement word for word as it was (its accepted hashes stay valid)', () => {
    const group = { company, seller, courseTitle: 'Kurs', seats: 30, orderNumber: 'ZAM/1' };
    expect(agreementTextHash(group)).toBe('b7472b9ee19cbe345d44a677f7921f7bfb17bc5624732c0e8acaf2fe0b2c7d76');
  });

  const school = agreementClauses({
    kind: 'school',
    company,
    seller,
    okeCode: '146501-01LO1',
    examYear: 2027,
    orderNumber: 'UM/7',
  });
  const schoolText = JSON.stringify(school);

  it('names the school, the licence and the matura data, kept in Poland and deleted 30 days after expiry', () => {
    expect(schoolText).toContain('146501-01LO1');
    expect(schoolText).toContain('UM/7');
    expect(schoolText).toContain('2026/2027');
    expect(schoolText).toContain('deklaracji maturalnej');
    expect(schoolText).toContain('zespołów nadzorujących');
    expect(schoolText).toContain('Rzeczypospolitej Polskiej');
    expect(schoolText).toContain('30 dni po wygaśnięciu licencji');
    expect(schoolText).not.toContain('kursu');
  });

  it('keeps § 6 and § 8 where both agreements cite them', () => {
    expect(school[6 - 1].title).toBe('Dalsze powierzenie');
    expect(school[8 - 1].title).toBe('Usunięcie danych po zakończeniu Usługi');
  });
});
