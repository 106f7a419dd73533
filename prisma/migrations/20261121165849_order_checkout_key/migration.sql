-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "checkoutKey" TEXT NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Order_checkoutKey_key" ON "Order"("checkoutKey");

-- Seats are enforced by the database: no two uploads together can exceed a group's seats.
ALTER TABLE "Group" ADD CONSTRAINT "Group_seats_check" CHECK ("seatsUsed" >= 0 AND "seatsUsed" <= "seats");
