-- AlterTable
ALTER TABLE "Invoice" ALTER COLUMN "number" DROP NOT NULL,
ALTER COLUMN "year" DROP NOT NULL,
ALTER COLUMN "seq" DROP NOT NULL,
ALTER COLUMN "issuedAt" DROP NOT NULL;

-- Numbered means all four are set, unnumbered means none is.
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_numbered_whole" CHECK (
  ("number" IS NULL) = ("seq" IS NULL) AND ("number" IS NULL) = ("year" IS NULL) AND ("number" IS NULL) = ("issuedAt" IS NULL));
