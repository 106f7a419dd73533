-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" TEXT;

-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'pl';
