-- An exchange rate's source is a code (shown through the catalogue), no longer a Polish word:
-- rates typed in the staff panel are 'staff', the demo ones 'demo'. Other values stay as they are
-- and are shown as stored.
ALTER TABLE "ExchangeRate" ALTER COLUMN "source" SET DEFAULT 'staff';
UPDATE "ExchangeRate" SET "source" = 'staff' WHERE "source" = 'zespół';
UPDATE "ExchangeRate" SET "source" = 'demo' WHERE "source" = 'dane demonstracyjne';
