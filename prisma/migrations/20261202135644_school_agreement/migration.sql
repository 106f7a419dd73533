-- AlterTable
ALTER TABLE "GroupAgreement" ADD COLUMN     "schoolId" TEXT,
ALTER COLUMN "groupId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "GroupAgreement_schoolId_uploadedAt_idx" ON "GroupAgreement"("schoolId", "uploadedAt");

-- AddForeignKey
ALTER TABLE "GroupAgreement" ADD CONSTRAINT "GroupAgreement_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An agreement belongs to exactly one owner: a group purchase or a school (A17). Not in the
-- Prisma schema (it has no CHECK), so the schema diff never drops it.
ALTER TABLE "GroupAgreement" ADD CONSTRAINT "GroupAgreement_one_owner" CHECK (num_nonnulls("groupId", "schoolId") = 1);
