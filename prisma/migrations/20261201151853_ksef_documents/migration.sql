-- CreateEnum
CREATE TYPE "KsefStatus" AS ENUM ('PENDING', 'SENT', 'ACCEPTED', 'REJECTED');

-- CreateTable
CREATE TABLE "KsefDocument" (
    "id" TEXT NOT NULL,
    "invoiceId" TEXT,
    "correctionId" TEXT,
    "status" "KsefStatus" NOT NULL DEFAULT 'PENDING',
    "offline" BOOLEAN NOT NULL DEFAULT false,
    "offlineDeadline" TIMESTAMPTZ(3),
    "xml" BYTEA NOT NULL,
    "xmlSha256" TEXT NOT NULL,
    "correctedSha256" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "sessionReference" TEXT,
    "invoiceReference" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "ksefNumber" TEXT,
    "acceptedAt" TIMESTAMPTZ(3),
    "errorCode" INTEGER,
    "errorMessage" TEXT,
    "errorDetails" JSONB,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3),
    "claimedUntil" TIMESTAMPTZ(3),
    "upo" BYTEA,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "KsefDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "KsefDocument_invoiceId_key" ON "KsefDocument"("invoiceId");

-- CreateIndex
CREATE UNIQUE INDEX "KsefDocument_correctionId_key" ON "KsefDocument"("correctionId");

-- CreateIndex
CREATE UNIQUE INDEX "KsefDocument_ksefNumber_key" ON "KsefDocument"("ksefNumber");

-- CreateIndex
CREATE INDEX "KsefDocument_status_nextAttemptAt_idx" ON "KsefDocument"("status", "nextAttemptAt");

-- AddForeignKey
ALTER TABLE "KsefDocument" ADD CONSTRAINT "KsefDocument_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KsefDocument" ADD CONSTRAINT "KsefDocument_correctionId_fkey" FOREIGN KEY ("correctionId") REFERENCES "InvoiceCorrection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A document is for one invoice or for one correction, never both nor neither.
ALTER TABLE "KsefDocument" ADD CONSTRAINT "KsefDocument_one_subject"
  CHECK (("invoiceId" IS NULL) <> ("correctionId" IS NULL));

-- The KSeF number is stored once and never changes, and the XML KSeF may hold (anything not
-- REJECTED) never changes either: its hash is printed in QR code I and identifies it in KSeF.
-- The migration runner splits scripts at every semicolon, so the body writes them as \073.
CREATE FUNCTION "ksef_document_frozen"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF OLD."ksefNumber" IS NOT NULL AND NEW."ksefNumber" IS DISTINCT FROM OLD."ksefNumber" THEN
    RAISE EXCEPTION ''KSeF number % of document % never changes'', OLD."ksefNumber", OLD."id"\073
  END IF\073
  IF OLD."status" <> ''REJECTED'' AND NEW."xmlSha256" IS DISTINCT FROM OLD."xmlSha256" THEN
    RAISE EXCEPTION ''XML of KSeF document % never changes unless KSeF rejected it'', OLD."id"\073
  END IF\073
  RETURN NEW\073
END';

CREATE TRIGGER "KsefDocument_frozen" BEFORE UPDATE ON "KsefDocument"
  FOR EACH ROW EXECUTE FUNCTION "ksef_document_frozen"();
