-- Staff roles instead of one STAFF (issue 16). New Role values, and every existing STAFF account
-- becomes an ADMINISTRATOR in the same migration, so nobody loses the panel on deploy.
--
-- Why a new type rather than ALTER TYPE ... ADD VALUE: a value added that way cannot be used in the
-- transaction that added it ("unsafe use of new value"), and the data migration below must use it.
-- A type created in this transaction can. STAFF stays a value (granting nothing): dropping it would
-- fail for any writer still sending it (an older instance during a rolling deploy, a branch's
-- fixtures), and keeping an unused label costs nothing.
ALTER TYPE "Role" RENAME TO "Role_before_staff_roles";

CREATE TYPE "Role" AS ENUM (
  'LEARNER', 'PARENT', 'COMPANY_ADMIN', 'STAFF', 'CHILD',
  'ADMINISTRATOR', 'ACCOUNTING', 'CONTENT', 'SUPPORT', 'TEACHER'
);

ALTER TABLE "User" ALTER COLUMN "roles" DROP DEFAULT;
ALTER TABLE "User"
  ALTER COLUMN "roles" TYPE "Role"[]
  USING (array_replace("roles"::text[], 'STAFF', 'ADMINISTRATOR')::"Role"[]);
ALTER TABLE "User" ALTER COLUMN "roles" SET DEFAULT ARRAY['LEARNER']::"Role"[];

DROP TYPE "Role_before_staff_roles";

-- A block by staff (lib/staff/account-actions.ts), apart from a group admin's deactivation (disabledAt).
ALTER TABLE "User" ADD COLUMN "blockedAt" TIMESTAMPTZ(3);
