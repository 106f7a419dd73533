-- CreateTable
CREATE TABLE "OrderWithdrawal" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "itemIds" TEXT[],
    "refundAmount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "filedAt" TIMESTAMPTZ(3) NOT NULL,
    "refundId" TEXT,

    CONSTRAINT "OrderWithdrawal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OrderWithdrawal_orderId_key" ON "OrderWithdrawal"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "OrderWithdrawal_refundId_key" ON "OrderWithdrawal"("refundId");

-- AddForeignKey
ALTER TABLE "OrderWithdrawal" ADD CONSTRAINT "OrderWithdrawal_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;
