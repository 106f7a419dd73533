-- Every stored file moves from its own bytea column into "StoredFile" (lib/storage), keyed
-- <kind>/<row id>, and the row keeps the key. The bytes are copied before the columns go.
CREATE TABLE "StoredFile" (
    "key" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "contentType" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("key")
);

CREATE INDEX "StoredFile_createdAt_idx" ON "StoredFile"("createdAt");

-- KsefDocument.xml
ALTER TABLE "KsefDocument" ADD COLUMN "xmlKey" TEXT;
INSERT INTO "StoredFile" ("key", "data", "size", "contentType")
SELECT 'ksef-xml/' || "id", "xml", octet_length("xml"), 'application/xml' FROM "KsefDocument" WHERE "xml" IS NOT NULL;
UPDATE "KsefDocument" SET "xmlKey" = 'ksef-xml/' || "id" WHERE "xml" IS NOT NULL;
ALTER TABLE "KsefDocument" ALTER COLUMN "xmlKey" SET NOT NULL;
ALTER TABLE "KsefDocument" DROP COLUMN "xml";

-- KsefDocument.upo
ALTER TABLE "KsefDocument" ADD COLUMN "upoKey" TEXT;
INSERT INTO "StoredFile" ("key", "data", "size", "contentType")
SELECT 'ksef-upo/' || "id", "upo", octet_length("upo"), 'application/xml' FROM "KsefDocument" WHERE "upo" IS NOT NULL;
UPDATE "KsefDocument" SET "upoKey" = 'ksef-upo/' || "id" WHERE "upo" IS NOT NULL;
ALTER TABLE "KsefDocument" DROP COLUMN "upo";

-- GroupAgreement.data (the paper original received by post kept an empty file: now no key)
ALTER TABLE "GroupAgreement" ADD COLUMN "fileKey" TEXT;
INSERT INTO "StoredFile" ("key", "data", "size", "contentType")
SELECT 'agreements/' || "id", "data", octet_length("data"), "mimeType" FROM "GroupAgreement" WHERE octet_length("data") > 0;
UPDATE "GroupAgreement" SET "fileKey" = 'agreements/' || "id" WHERE octet_length("data") > 0;
ALTER TABLE "GroupAgreement" DROP COLUMN "data";

-- ParticipantUpload.file
ALTER TABLE "ParticipantUpload" ADD COLUMN "fileKey" TEXT;
INSERT INTO "StoredFile" ("key", "data", "size", "contentType")
SELECT 'participant-lists/' || "id", "file", octet_length("file"), 'application/octet-stream' FROM "ParticipantUpload" WHERE "file" IS NOT NULL;
UPDATE "ParticipantUpload" SET "fileKey" = 'participant-lists/' || "id" WHERE "file" IS NOT NULL;
ALTER TABLE "ParticipantUpload" DROP COLUMN "file";

-- Attachment.data
ALTER TABLE "Attachment" ADD COLUMN "fileKey" TEXT;
INSERT INTO "StoredFile" ("key", "data", "size", "contentType")
SELECT 'attachments/' || "id", "data", octet_length("data"), "mimeType" FROM "Attachment" WHERE "data" IS NOT NULL;
UPDATE "Attachment" SET "fileKey" = 'attachments/' || "id" WHERE "data" IS NOT NULL;
ALTER TABLE "Attachment" ALTER COLUMN "fileKey" SET NOT NULL;
ALTER TABLE "Attachment" DROP COLUMN "data";

-- CourseMedia.data
ALTER TABLE "CourseMedia" ADD COLUMN "fileKey" TEXT;
INSERT INTO "StoredFile" ("key", "data", "size", "contentType")
SELECT 'course-media/' || "id", "data", octet_length("data"), "mimeType" FROM "CourseMedia" WHERE "data" IS NOT NULL;
UPDATE "CourseMedia" SET "fileKey" = 'course-media/' || "id" WHERE "data" IS NOT NULL;
ALTER TABLE "CourseMedia" ALTER COLUMN "fileKey" SET NOT NULL;
ALTER TABLE "CourseMedia" DROP COLUMN "data";

-- DataExport.data
ALTER TABLE "DataExport" ADD COLUMN "fileKey" TEXT;
INSERT INTO "StoredFile" ("key", "data", "size", "contentType")
SELECT 'data-exports/' || "id", "data", octet_length("data"), 'application/zip' FROM "DataExport" WHERE "data" IS NOT NULL;
UPDATE "DataExport" SET "fileKey" = 'data-exports/' || "id" WHERE "data" IS NOT NULL;
ALTER TABLE "DataExport" DROP COLUMN "data";

-- OfficeMessageFile.data
ALTER TABLE "OfficeMessageFile" ADD COLUMN "fileKey" TEXT;
INSERT INTO "StoredFile" ("key", "data", "size", "contentType")
SELECT 'office-files/' || "id", "data", octet_length("data"), "mimeType" FROM "OfficeMessageFile" WHERE "data" IS NOT NULL;
UPDATE "OfficeMessageFile" SET "fileKey" = 'office-files/' || "id" WHERE "data" IS NOT NULL;
ALTER TABLE "OfficeMessageFile" ALTER COLUMN "fileKey" SET NOT NULL;
ALTER TABLE "OfficeMessageFile" DROP COLUMN "data";

-- LiveSessionMaterial.data
ALTER TABLE "LiveSessionMaterial" ADD COLUMN "fileKey" TEXT;
INSERT INTO "StoredFile" ("key", "data", "size", "contentType")
SELECT 'live-materials/' || "id", "data", octet_length("data"), "mimeType" FROM "LiveSessionMaterial" WHERE "data" IS NOT NULL;
UPDATE "LiveSessionMaterial" SET "fileKey" = 'live-materials/' || "id" WHERE "data" IS NOT NULL;
ALTER TABLE "LiveSessionMaterial" ALTER COLUMN "fileKey" SET NOT NULL;
ALTER TABLE "LiveSessionMaterial" DROP COLUMN "data";
