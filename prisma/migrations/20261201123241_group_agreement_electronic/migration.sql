-- CreateEnum
CREATE TYPE "AgreementMethod" AS ENUM ('SCAN', 'ELECTRONIC', 'POST');

-- AlterTable
ALTER TABLE "GroupAgreement" ADD COLUMN     "acceptedFacts" JSONB,
ADD COLUMN     "method" "AgreementMethod" NOT NULL DEFAULT 'SCAN',
ADD COLUMN     "pdfSha256" TEXT,
ADD COLUMN     "postNote" TEXT,
ADD COLUMN     "receivedOn" TIMESTAMPTZ(3),
ADD COLUMN     "signerIp" TEXT,
ADD COLUMN     "signerName" TEXT,
ADD COLUMN     "signerRole" TEXT,
ADD COLUMN     "textSha256" TEXT;
