-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "onceKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "EmailMessage_onceKey_key" ON "EmailMessage"("onceKey");
