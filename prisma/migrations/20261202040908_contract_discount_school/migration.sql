-- AlterEnum
ALTER TYPE "ContractDiscountType" ADD VALUE 'SCHOOL';
