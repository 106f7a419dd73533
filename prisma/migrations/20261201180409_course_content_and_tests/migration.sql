-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "QuestionKind" ADD VALUE 'TRUE_FALSE';
ALTER TYPE "QuestionKind" ADD VALUE 'SHORT_ANSWER';
ALTER TYPE "QuestionKind" ADD VALUE 'GAP_FILL';
ALTER TYPE "QuestionKind" ADD VALUE 'MATCHING';
ALTER TYPE "QuestionKind" ADD VALUE 'ORDERING';
ALTER TYPE "QuestionKind" ADD VALUE 'NUMERIC';

-- AlterTable
ALTER TABLE "Course" ADD COLUMN     "retakeDelayHours" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "testRequiresLessons" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "testShowsAnswers" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "category" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "config" JSONB,
ADD COLUMN     "mediaId" TEXT,
ADD COLUMN     "points" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "TestAttempt" ADD COLUMN     "scoredPoints" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "Certificate" ADD COLUMN     "revokedAt" TIMESTAMPTZ(3),
ADD COLUMN     "revokedReason" TEXT;

-- CreateTable
CREATE TABLE "TestBankRule" (
    "id" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "TestBankRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseMedia" (
    "id" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CourseMedia_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TestBankRule_courseId_category_key" ON "TestBankRule"("courseId", "category");

-- CreateIndex
CREATE INDEX "CourseMedia_courseId_idx" ON "CourseMedia"("courseId");

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "CourseMedia"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TestBankRule" ADD CONSTRAINT "TestBankRule_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseMedia" ADD CONSTRAINT "CourseMedia_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;
