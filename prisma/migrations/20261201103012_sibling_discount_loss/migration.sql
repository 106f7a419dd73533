-- AlterTable
ALTER TABLE "FamilyCancellation" ADD COLUMN     "siblingDiscountLoss" INTEGER NOT NULL DEFAULT 0;
