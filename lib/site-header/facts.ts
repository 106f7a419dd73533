// What the site header and the terms banner need to know about the signed-in person, in one SQL
// statement: before, the header asked its areas one by one (cart, buying, three live-class
// counts, contracts, language school, terms) and sent 11 queries on every page a signed-in person
// opened (bench lesson-page). Each answer below keeps the rule of the area it comes from, and
// tests/integration/site-header-facts.test.ts checks them against those areas' own functions:
// cartCount (lib/orders/cart.ts), showsBuying (lib/orders/shows-buying.ts), hasLiveClasses
// (lib/live/learner/overview.ts), paysContracts (lib/billing/queries/payer.ts),
// isLanguageLearner (lib/language/zone/zone-page.ts) and termsBannerFor (lib/legal/acceptance.ts).
import { currentTime } from '@/lib/clock/clock';
import { sqlPool } from '@/lib/db/sql';
import type { Role } from '@/lib/db/generated/enums';

/** The person's rows behind the header, as stored (the rules that read them are in header-model.ts). */
export type HeaderFacts = {
  /** Lines in the person's own cart. */
  cartLines: number;
  /** A guest cart under the visitor's cookie that no account owns yet: the cart area merges it. */
  guestCart: boolean;
  participant: boolean;
  ordered: boolean;
  live: boolean;
  contracts: boolean;
  languageLearner: boolean;
  /** The account's accepted terms version and stored roles (the banner reads these, not the session's). */
  termsVersion: string | null;
  storedRoles: Role[] | null;
};

// count(*) is a bigint, which node-postgres hands over as a string.
type Row = Omit<HeaderFacts, 'cartLines'> & { cartLines: string | number };

// A named (prepared) statement on the plain pool: every signed-in page sends it, and PostgreSQL
// parses and plans it once per connection instead of on every request (bench lesson-page).
const HEADER_FACTS = `
    WITH people AS (
      SELECT $1::text AS "id" UNION SELECT c."userId" FROM "Child" c WHERE c."parentId" = $1
    )
    SELECT
      (SELECT count(*) FROM "CartItem" i JOIN "Cart" k ON k."id" = i."cartId" WHERE k."userId" = $1) AS "cartLines",
      EXISTS (SELECT 1 FROM "Cart" k WHERE k."token" = $2 AND k."userId" IS NULL) AS "guestCart",
      EXISTS (SELECT 1 FROM "GroupParticipant" p WHERE p."userId" = $1) AS "participant",
      EXISTS (SELECT 1 FROM "Order" o WHERE o."userId" = $1) AS "ordered",
      (EXISTS (SELECT 1 FROM "LiveGroupMember" m JOIN "LiveGroup" g ON g."id" = m."groupId"
               WHERE m."userId" IN (SELECT "id" FROM people) AND g."cancelledAt" IS NULL)
       OR EXISTS (SELECT 1 FROM "LiveBooking" b WHERE b."userId" IN (SELECT "id" FROM people))
       OR EXISTS (SELECT 1 FROM "Enrolment" e
                  WHERE e."userId" IN (SELECT "id" FROM people) AND e."status" = 'ACTIVE'
                    AND e."startsAt" <= $3 AND (e."endsAt" IS NULL OR e."endsAt" > $3)
                    AND (EXISTS (SELECT 1 FROM "LiveGroup" g
                                 WHERE g."courseId" = e."courseId" AND g."cancelledAt" IS NULL AND g."bookingMode" = 'OPEN')
                         OR EXISTS (SELECT 1 FROM "LiveSession" s
                                    WHERE s."courseId" = e."courseId" AND s."groupId" IS NULL AND s."startsAt" > $3)))
      ) AS "live",
      EXISTS (SELECT 1 FROM "Contract" t WHERE t."payerId" = $1) AS "contracts",
      (EXISTS (SELECT 1 FROM "LanguageLearner" l WHERE l."userId" = $1)
       OR EXISTS (SELECT 1 FROM "Enrolment" e JOIN "LanguageLevel" v ON v."courseId" = e."courseId" WHERE e."userId" = $1)
      ) AS "languageLearner",
      u."termsVersion",
      u."roles"::text[] AS "storedRoles"
    FROM (SELECT 1) AS one
    LEFT JOIN "User" u ON u."id" = $1`;

export async function headerFacts(userId: string, cartToken: string | null, now = currentTime()): Promise<HeaderFacts> {
  // "The person or their child" (lib/live/learner/overview.ts) for the live-class answer.
  const { rows } = await sqlPool().query<Row>({
    name: 'header-facts',
    text: HEADER_FACTS,
    values: [userId, cartToken, now],
  });
  const row = rows[0]!;
  return { ...row, cartLines: Number(row.cartLines) };
}
