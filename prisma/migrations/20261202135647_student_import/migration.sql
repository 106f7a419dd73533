-- CreateTable
CREATE TABLE "StudentImport" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "licenceId" TEXT NOT NULL,
    "byId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "rows" JSONB NOT NULL,
    "errorCount" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StudentImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StudentImport_schoolId_idx" ON "StudentImport"("schoolId");

-- AddForeignKey
ALTER TABLE "StudentImport" ADD CONSTRAINT "StudentImport_licenceId_fkey" FOREIGN KEY ("licenceId") REFERENCES "SchoolLicence"("id") ON DELETE CASCADE ON UPDATE CASCADE;
