-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "attachments" JSONB;
