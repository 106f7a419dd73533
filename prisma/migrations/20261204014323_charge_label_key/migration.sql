-- AlterTable
ALTER TABLE "ContractCharge" ADD COLUMN     "labelKey" JSONB;
