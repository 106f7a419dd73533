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
CREATE INDEX "Complaint_schoolId_idx" ON "Complaint"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "MaturaStudent_carriedFromId_key" ON "MaturaStudent"("carriedFromId");

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

