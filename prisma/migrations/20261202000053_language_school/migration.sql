-- CreateEnum
CREATE TYPE "LevelCertificateStatus" AS ENUM ('ISSUED', 'REFUSED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "activationPendingAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "LanguageProgramme" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "minAge" INTEGER NOT NULL DEFAULT 16,
    "placementCourseId" TEXT,
    "placementMinutes" INTEGER NOT NULL DEFAULT 30,
    "placementBandPercent" INTEGER NOT NULL DEFAULT 60,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LanguageProgramme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LanguageLevel" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "cefr" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "hours" INTEGER NOT NULL DEFAULT 60,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LanguageLevel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlacementAttempt" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "questionIds" TEXT[],
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "deadlineAt" TIMESTAMPTZ(3) NOT NULL,
    "submittedAt" TIMESTAMPTZ(3),
    "answers" JSONB,
    "bandScores" JSONB,
    "recommendedCefr" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlacementAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LanguageLearner" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "startCefr" TEXT NOT NULL,
    "placementId" TEXT,
    "contractId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LanguageLearner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LevelCertificateRequest" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "levelId" TEXT NOT NULL,
    "status" "LevelCertificateStatus" NOT NULL,
    "reasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "certificateId" TEXT,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LevelCertificateRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficeMessage" (
    "id" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "authorId" TEXT,
    "fromOffice" BOOLEAN NOT NULL,
    "body" TEXT NOT NULL,
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfficeMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficeMessageFile" (
    "id" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfficeMessageFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LanguageProgramme_slug_key" ON "LanguageProgramme"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "LanguageProgramme_placementCourseId_key" ON "LanguageProgramme"("placementCourseId");

-- CreateIndex
CREATE UNIQUE INDEX "LanguageLevel_courseId_key" ON "LanguageLevel"("courseId");

-- CreateIndex
CREATE UNIQUE INDEX "LanguageLevel_programmeId_position_key" ON "LanguageLevel"("programmeId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "LanguageLevel_programmeId_cefr_key" ON "LanguageLevel"("programmeId", "cefr");

-- CreateIndex
CREATE UNIQUE INDEX "PlacementAttempt_tokenHash_key" ON "PlacementAttempt"("tokenHash");

-- CreateIndex
CREATE INDEX "PlacementAttempt_programmeId_submittedAt_idx" ON "PlacementAttempt"("programmeId", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "LanguageLearner_contractId_key" ON "LanguageLearner"("contractId");

-- CreateIndex
CREATE INDEX "LanguageLearner_programmeId_idx" ON "LanguageLearner"("programmeId");

-- CreateIndex
CREATE UNIQUE INDEX "LanguageLearner_userId_programmeId_key" ON "LanguageLearner"("userId", "programmeId");

-- CreateIndex
CREATE INDEX "LevelCertificateRequest_userId_levelId_idx" ON "LevelCertificateRequest"("userId", "levelId");

-- CreateIndex
CREATE INDEX "LevelCertificateRequest_requestedAt_idx" ON "LevelCertificateRequest"("requestedAt");

-- CreateIndex
CREATE INDEX "OfficeMessage_learnerId_createdAt_idx" ON "OfficeMessage"("learnerId", "createdAt");

-- CreateIndex
CREATE INDEX "OfficeMessage_fromOffice_readAt_idx" ON "OfficeMessage"("fromOffice", "readAt");

-- CreateIndex
CREATE INDEX "OfficeMessageFile_messageId_idx" ON "OfficeMessageFile"("messageId");

-- AddForeignKey
ALTER TABLE "LanguageLevel" ADD CONSTRAINT "LanguageLevel_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "LanguageProgramme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlacementAttempt" ADD CONSTRAINT "PlacementAttempt_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "LanguageProgramme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LanguageLearner" ADD CONSTRAINT "LanguageLearner_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LanguageLearner" ADD CONSTRAINT "LanguageLearner_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "LanguageProgramme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LanguageLearner" ADD CONSTRAINT "LanguageLearner_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "PlacementAttempt"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelCertificateRequest" ADD CONSTRAINT "LevelCertificateRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LevelCertificateRequest" ADD CONSTRAINT "LevelCertificateRequest_levelId_fkey" FOREIGN KEY ("levelId") REFERENCES "LanguageLevel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeMessage" ADD CONSTRAINT "OfficeMessage_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeMessage" ADD CONSTRAINT "OfficeMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeMessageFile" ADD CONSTRAINT "OfficeMessageFile_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "OfficeMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;
