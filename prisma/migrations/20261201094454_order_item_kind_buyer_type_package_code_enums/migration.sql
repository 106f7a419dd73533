-- String columns with a closed set of values become enums. Existing rows are converted in
-- place (USING …::"Enum"), so no order, order line or family package loses its value.

-- CreateEnum
CREATE TYPE "BuyerType" AS ENUM ('PERSON', 'COMPANY');

-- CreateEnum
CREATE TYPE "OrderItemKind" AS ENUM ('FAMILY_PACKAGE');

-- CreateEnum
CREATE TYPE "PackageCode" AS ENUM ('NA_START', 'MINI', 'STANDARD', 'PREMIUM');

-- AlterTable
ALTER TABLE "Order" ALTER COLUMN "buyerType" SET DATA TYPE "BuyerType" USING "buyerType"::"BuyerType";

-- AlterTable
ALTER TABLE "OrderItem" ALTER COLUMN "kind" SET DATA TYPE "OrderItemKind" USING "kind"::"OrderItemKind";

-- AlterTable
ALTER TABLE "FamilyPackage" ALTER COLUMN "packageCode" SET DATA TYPE "PackageCode" USING "packageCode"::"PackageCode";
