-- AlterEnum
ALTER TYPE "RefundStatus" ADD VALUE 'REFUSED';

-- AlterTable
ALTER TABLE "Refund" ADD COLUMN     "canceledAt" TIMESTAMPTZ(3),
ADD COLUMN     "deactivatedGroupIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "failure" TEXT,
ADD COLUMN     "itemIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "revokedEnrolmentIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "strayPayment" BOOLEAN NOT NULL DEFAULT false;
