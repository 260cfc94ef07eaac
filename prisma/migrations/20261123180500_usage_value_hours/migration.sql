-- CreateTable
CREATE TABLE "UsageRollupValueHours" (
    "meterId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "month" TIMESTAMPTZ(3) NOT NULL,
    "dimensions" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "hours" BIT(744) NOT NULL,

    CONSTRAINT "UsageRollupValueHours_pkey" PRIMARY KEY ("meterId","customerId","month","dimensions","value")
);


-- Backfill from the hourly value sets (they hold exactly the counted values up to the watermark).
INSERT INTO "UsageRollupValueHours" ("meterId", "customerId", "month", "dimensions", "value", "hours")
SELECT "meterId", "customerId", date_trunc('month', "bucketStart", 'UTC'), "dimensions", "value",
       bit_or(B'1'::bit(744) >> (extract(epoch FROM "bucketStart" - date_trunc('month', "bucketStart", 'UTC')) / 3600)::int)
FROM "UsageRollupValue"
GROUP BY 1, 2, 3, 4, 5;
