-- CreateEnum
CREATE TYPE "RefundMethod" AS ENUM ('PAYU', 'TRANSFER');

-- AlterTable
ALTER TABLE "Refund" ADD COLUMN     "contractEventId" TEXT,
ADD COLUMN     "method" "RefundMethod" NOT NULL DEFAULT 'PAYU',
ADD COLUMN     "sentOn" DATE,
ADD COLUMN     "transferReference" TEXT,
ALTER COLUMN "paymentId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "Refund_contractEventId_idx" ON "Refund"("contractEventId");
