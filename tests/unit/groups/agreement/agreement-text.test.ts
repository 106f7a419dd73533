import { describe, expect, it } from 'vitest';
import { agreementClauses } from '@/lib/groups/agreement/agreement-text';
import { parseSeller } from '@/lib/invoices/seller';

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
