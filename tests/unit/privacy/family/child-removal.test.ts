// Why a parent cannot remove a child: a code, shown in the reader's language on the child's page.
import { describe, expect, it } from 'vitest';
import { childRemovalRefusal } from '@/lib/privacy/family/children';
import { text } from '@/lib/i18n';

type Client = Parameters<typeof childRemovalRefusal>[1];
const packages = (paid: number, beingPaid: number) =>
  ({
    familyPackage: {
      count: async ({ where }: { where: { status?: string } }) => (where.status ? beingPaid : paid),
    },
  }) as unknown as Client;

describe('childRemovalRefusal', () => {
  it('a paid package: the refusal in Polish by default and in English for an English reader', async () => {
    const refusal = await childRemovalRefusal('c1', packages(1, 0));
    expect(refusal).toBe('privacy.children.paidPackage');
    expect(text(refusal!)).toMatch(/^Dziecko ma opłacony pakiet/);
    expect(text(refusal!, 'en')).toMatch(/^The child has a paid package/);
  });

  it('an order being paid, or nothing in the way', async () => {
    const refusal = await childRemovalRefusal('c1', packages(0, 1));
    expect(text(refusal!, 'en')).toMatch(/awaiting payment/);
    expect(await childRemovalRefusal('c1', packages(0, 0))).toBeNull();
  });
});
