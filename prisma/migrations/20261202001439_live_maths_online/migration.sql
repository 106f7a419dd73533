-- AlterTable
ALTER TABLE "Course" ADD COLUMN     "consultationMonths" INTEGER;

-- AlterTable
ALTER TABLE "Lesson" ADD COLUMN     "videoMediaId" TEXT;

-- CreateTable
CREATE TABLE "LiveSessionMaterial" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveSessionMaterial_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LiveSessionMaterial_sessionId_idx" ON "LiveSessionMaterial"("sessionId");

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_videoMediaId_fkey" FOREIGN KEY ("videoMediaId") REFERENCES "CourseMedia"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveSessionMaterial" ADD CONSTRAINT "LiveSessionMaterial_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LiveSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
