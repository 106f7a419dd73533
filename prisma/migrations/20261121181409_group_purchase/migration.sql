-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "UploadStatus" AS ENUM ('PREVIEW', 'PROVISIONED', 'DISCARDED');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('IN_REVIEW', 'APPROVED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "passwordIssued" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "GroupAgreement" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "status" "AgreementStatus" NOT NULL DEFAULT 'SUBMITTED',
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMPTZ(3),
    "rejectionReason" TEXT,

    CONSTRAINT "GroupAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParticipantUpload" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "file" BYTEA,
    "noticeEmail" TEXT,
    "rowCount" INTEGER NOT NULL,
    "validCount" INTEGER NOT NULL,
    "status" "UploadStatus" NOT NULL DEFAULT 'PREVIEW',
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "provisionedAt" TIMESTAMPTZ(3),
    "reportDueAt" TIMESTAMPTZ(3),

    CONSTRAINT "ParticipantUpload_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupParticipant" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "uploadId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "sealedPassword" TEXT,
    "credentialsSentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FinalReport" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "uploadId" TEXT NOT NULL,
    "rows" JSONB NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'IN_REVIEW',
    "staffComment" TEXT,
    "builtAt" TIMESTAMPTZ(3) NOT NULL,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMPTZ(3),

    CONSTRAINT "FinalReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GroupAgreement_groupId_uploadedAt_idx" ON "GroupAgreement"("groupId", "uploadedAt");

-- CreateIndex
CREATE INDEX "GroupAgreement_status_uploadedAt_idx" ON "GroupAgreement"("status", "uploadedAt");

-- CreateIndex
CREATE INDEX "ParticipantUpload_groupId_createdAt_idx" ON "ParticipantUpload"("groupId", "createdAt");

-- CreateIndex
CREATE INDEX "ParticipantUpload_status_reportDueAt_idx" ON "ParticipantUpload"("status", "reportDueAt");

-- CreateIndex
CREATE INDEX "GroupParticipant_uploadId_rowNumber_idx" ON "GroupParticipant"("uploadId", "rowNumber");

-- CreateIndex
CREATE UNIQUE INDEX "GroupParticipant_groupId_userId_key" ON "GroupParticipant"("groupId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "FinalReport_uploadId_key" ON "FinalReport"("uploadId");

-- CreateIndex
CREATE INDEX "FinalReport_status_builtAt_idx" ON "FinalReport"("status", "builtAt");

-- AddForeignKey
ALTER TABLE "GroupAgreement" ADD CONSTRAINT "GroupAgreement_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantUpload" ADD CONSTRAINT "ParticipantUpload_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupParticipant" ADD CONSTRAINT "GroupParticipant_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupParticipant" ADD CONSTRAINT "GroupParticipant_uploadId_fkey" FOREIGN KEY ("uploadId") REFERENCES "ParticipantUpload"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupParticipant" ADD CONSTRAINT "GroupParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinalReport" ADD CONSTRAINT "FinalReport_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinalReport" ADD CONSTRAINT "FinalReport_uploadId_fkey" FOREIGN KEY ("uploadId") REFERENCES "ParticipantUpload"("id") ON DELETE CASCADE ON UPDATE CASCADE;
