-- CreateEnum
CREATE TYPE "InvoiceKind" AS ENUM ('INVOICE', 'RECEIPT');

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "country" TEXT,
ADD COLUMN     "shippingCity" TEXT,
ADD COLUMN     "shippingCountry" TEXT,
ADD COLUMN     "shippingName" TEXT,
ADD COLUMN     "shippingPostalCode" TEXT,
ADD COLUMN     "shippingStreet" TEXT;

-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN     "kind" "InvoiceKind" NOT NULL DEFAULT 'INVOICE';
