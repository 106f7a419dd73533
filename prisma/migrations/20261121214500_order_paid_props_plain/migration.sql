-- Order confirmations still queued unrendered with the earlier props (total and link as text,
-- items as text) get the plain data the template now formats itself, taken from their order.
UPDATE "EmailMessage" m
   SET "props" = jsonb_build_object(
         'firstName', m."props"->>'firstName', 'orderNumber', o."number", 'orderId', o."id",
         'totalGross', o."totalGross", 'currency', o."currency",
         'items', (SELECT coalesce(jsonb_agg(jsonb_build_object('name', i."name", 'quantity', i."quantity") ORDER BY i."id"), '[]'::jsonb)
                     FROM "OrderItem" i WHERE i."orderId" = o."id"))
  FROM "Order" o
 WHERE m."template" = 'order-paid' AND m."html" IS NULL
   AND m."props"->>'total' IS NOT NULL AND o."number" = m."props"->>'orderNumber';
