// The English courtesy translation of family-cancellation.ts: the resignation and withdrawal
// paragraphs of /rodzina/regulamin for each terms version, sentence by sentence as the Polish
// original (which alone binds), with the same example amounts written the English way.
import { versionIndex } from '../registry';
import type { FamilyCancellationText } from './family-cancellation';

const UNTIL_2026_12_15: FamilyCancellationText = {
  resignation:
    'A resignation takes effect at the end of the month in which it is given. We refund the fee for the unused months of the school year: the amount paid ÷ 10 × the number of months until the end of June, less the transfer costs. Example: a resignation given in October with a fee of PLN 2,999 — PLN 299.90 × 8 = PLN 2,399.20. No refund is due for payment in instalments.',
  withdrawal:
    'Within 14 days of payment you may withdraw from the contract without giving a reason; we refund the whole fee within 14 days.',
  siblingSetOff: null,
};

const FROM_2026_12_15: FamilyCancellationText = {
  resignation:
    'A resignation is given with the button on the family page, by e-mail or in writing (model: annex 1 to the terms of service). It takes effect at the end of the month in which it is given. We refund the fee for the unused months of the school year: the amount paid ÷ 10 × the number of months from the next month to June, without deducting transfer costs. Example: a resignation given in October with a fee of PLN 2,999 — PLN 299.90 × 8 = PLN 2,399.20.',
  withdrawal:
    'Within 14 days of payment you may withdraw from the contract without giving a reason, also where the child has already started learning. We refund all payments under that contract within 14 days, by the same means of payment — with the settlement of the sibling discount described below.',
  siblingSetOff:
    'The sibling discount is given because another child has the Standard Package at the full price. When the child who paid the full price leaves (withdrawal or resignation), the siblings lose the basis of the discount: we set the lost discount — on withdrawal the whole of it, on resignation for the same months for which there is a refund — off against the refund for the departing child, never above that refund. Example (EUR): two children, €699 and €469; withdrawal for the first child — refund €699 − €230 = €469, the second child keeps the package, and the family has paid €699 in total for one package. Before confirming, you see the refund, the set-off and the amount to be paid out. Buying a package again for a child who left does not give a second discount.',
};

/** The English paragraphs of the terms version `version`, for the same versions as familyCancellationText. */
export function familyCancellationTextEn(version: string): FamilyCancellationText {
  return versionIndex('terms', version) >= versionIndex('terms', '2026-12-15') ? FROM_2026_12_15 : UNTIL_2026_12_15;
}
