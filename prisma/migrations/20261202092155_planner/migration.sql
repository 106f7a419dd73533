-- AlterTable
ALTER TABLE "GroupAgreement" ADD COLUMN     "schoolId" TEXT,
ALTER COLUMN "groupId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "schoolId" TEXT;

-- AlterTable
ALTER TABLE "SchoolLicence" ADD COLUMN     "purgeReminded14At" TIMESTAMPTZ(3),
ADD COLUMN     "purgeReminded3At" TIMESTAMPTZ(3),
ADD COLUMN     "renewalOfferedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "MaturaStudent" ADD COLUMN     "carriedFromId" TEXT,
ADD COLUMN     "resit" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "GroupAgreement_schoolId_uploadedAt_idx" ON "GroupAgreement"("schoolId", "uploadedAt");

-- CreateIndex
CREATE INDEX "Complaint_schoolId_idx" ON "Complaint"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "MaturaStudent_carriedFromId_key" ON "MaturaStudent"("carriedFromId");

-- AddForeignKey
ALTER TABLE "GroupAgreement" ADD CONSTRAINT "GroupAgreement_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A data-processing agreement belongs to exactly one owner: a group purchase or a school (A17).
ALTER TABLE "GroupAgreement" ADD CONSTRAINT "GroupAgreement_one_owner" CHECK (num_nonnulls("groupId", "schoolId") = 1);
