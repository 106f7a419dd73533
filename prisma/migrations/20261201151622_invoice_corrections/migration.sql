-- CreateTable
CREATE TABLE "InvoiceCorrectionCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InvoiceCorrectionCounter_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "InvoiceCorrection" (
    "id" TEXT NOT NULL,
    "invoiceId" TEXT NOT NULL,
    "refundId" TEXT NOT NULL,
    "number" TEXT,
    "year" INTEGER,
    "seq" INTEGER,
    "issuedAt" TIMESTAMPTZ(3),
    "snapshot" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InvoiceCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceCorrection_refundId_key" ON "InvoiceCorrection"("refundId");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceCorrection_number_key" ON "InvoiceCorrection"("number");

-- CreateIndex
CREATE INDEX "InvoiceCorrection_invoiceId_idx" ON "InvoiceCorrection"("invoiceId");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceCorrection_year_seq_key" ON "InvoiceCorrection"("year", "seq");

-- AddForeignKey
ALTER TABLE "InvoiceCorrection" ADD CONSTRAINT "InvoiceCorrection_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceCorrection" ADD CONSTRAINT "InvoiceCorrection_refundId_fkey" FOREIGN KEY ("refundId") REFERENCES "Refund"("id") ON DELETE CASCADE ON UPDATE CASCADE;
