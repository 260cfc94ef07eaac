// Usage reads: a customer's current-period usage with its estimated cost, and usage time series.
import { z } from "zod";
import { paginationQuerySchema } from "./common";
import { aggregationSchema } from "./meter";

const dimensionUsageSchema = z
  .object({ values: z.record(z.string(), z.string().nullable()), quantity: z.string() })
  .meta({ id: "DimensionUsage", description: "One combination of the meter's group-by values (null: the events lacked the property)." });

export const customerUsageItemSchema = z
  .object({
    item_key: z.string(),
    description: z.string(),
    meter_id: z.string(),
    meter_code: z.string(),
    meter_name: z.string(),
    aggregation: aggregationSchema,
    period_start: z.string().meta({ format: "date-time", description: "The span measured: the period cut to the item's active time." }),
    period_end: z.string().meta({ format: "date-time" }),
    quantity: z.string().meta({ description: "Decimal string." }),
    dimensions: z.array(dimensionUsageSchema),
    estimated_amount: z.number().int().nullable().meta({ description: "What the usage so far costs at the item's price, in minor units (before discounts and tax); null if it cannot be rated." }),
  })
  .meta({ id: "CustomerUsageItem" });

export const customerUsageDtoSchema = z
  .object({
    object: z.literal("customer_usage"),
    customer_id: z.string(),
    as_of: z.string().meta({ format: "date-time" }),
    subscriptions: z.array(
      z.object({
        subscription_id: z.string(),
        currency: z.string(),
        period_index: z.number().int(),
        period_start: z.string().meta({ format: "date-time" }),
        period_end: z.string().meta({ format: "date-time" }),
        items: z.array(customerUsageItemSchema),
        estimated_total: z.number().int().meta({ description: "Σ estimated_amount, minor units." }),
      }),
    ),
  })
  .meta({ id: "CustomerUsage" });
export type CustomerUsageDto = z.infer<typeof customerUsageDtoSchema>;
export const customerUsageQuerySchema = z.object({}).strict();
export const customerIdParamsSchema = z.object({ customerId: z.string().min(1).meta({ description: "The customer's id (`cus_…`)." }) });

const FILTER_KEY = /^filter\[([^\]]+)\]$/;

export const usageSeriesQueryObjectSchema = z
  .object({
    meter_id: z.string({ error: "meter_id is required." }).min(1).meta({ description: "The meter (`mtr_…`)." }),
    customer_id: z.string().min(1).optional().meta({ description: "Only this customer's usage (default: every customer)." }),
    bucket: z.enum(["hour", "day", "month"], { error: "bucket must be hour, day or month." }).default("day"),
    from: z.iso.datetime({ offset: true, error: "from must be an ISO 8601 date-time." }).meta({ description: "Start (rounded down to the hour)." }),
    to: z.iso.datetime({ offset: true, error: "to must be an ISO 8601 date-time." }).meta({ description: "End, exclusive (rounded down to the hour)." }),
    group_by: z
      .string()
      .regex(/^[A-Za-z0-9_.:,-]+$/, { error: "group_by is a comma-separated list of the meter's dimensions, or `customer`." })
      .optional()
      .meta({ description: "Split the series by some of the meter's group-by dimensions (comma-separated), or by `customer`." }),
  })
  .strict();

/** `filter[dimension]=value` pairs are gathered into `filters` (every pair must match). */
function withDimensionFilters<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) {
  return z.preprocess(
    (raw) => {
      if (typeof raw !== "object" || raw === null) return raw;
      const rest: Record<string, unknown> = {};
      const filters: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(raw)) {
        const match = FILTER_KEY.exec(key);
        if (match) filters[match[1]!] = value;
        else rest[key] = value;
      }
      return { ...rest, filters };
    },
    schema.extend({ filters: z.record(z.string(), z.string()).default({}) }),
  );
}

export const usageSeriesQuerySchema = withDimensionFilters(usageSeriesQueryObjectSchema);
export type UsageSeriesQuery = z.infer<typeof usageSeriesQuerySchema>;

export const usageSeriesDtoSchema = z
  .object({
    object: z.literal("usage_series"),
    meter_id: z.string(),
    aggregation: aggregationSchema,
    bucket: z.enum(["hour", "day", "month"]),
    from: z.string().meta({ format: "date-time" }),
    to: z.string().meta({ format: "date-time" }),
    group_by: z.array(z.string()),
    data: z.array(
      z.object({
        bucket_start: z.string().meta({ format: "date-time" }),
        group: z.record(z.string(), z.string().nullable()).meta({ description: "The group's values ({} without group_by)." }),
        quantity: z.string(),
      }),
    ),
  })
  .meta({ id: "UsageSeries" });
export type UsageSeriesDto = z.infer<typeof usageSeriesDtoSchema>;

export const usageTopCustomersQueryObjectSchema = usageSeriesQueryObjectSchema
  .pick({ meter_id: true, from: true, to: true })
  .extend({
    limit: paginationQuerySchema.shape.limit.meta({ description: "How many customers (1 to 100, default 10)." }),
  })
  .strict();
export const usageTopCustomersQuerySchema = withDimensionFilters(usageTopCustomersQueryObjectSchema);
export type UsageTopCustomersQuery = z.infer<typeof usageTopCustomersQuerySchema>;

export const usageTopCustomersDtoSchema = z
  .object({
    object: z.literal("usage_top_customers"),
    meter_id: z.string(),
    aggregation: aggregationSchema,
    from: z.string().meta({ format: "date-time" }),
    to: z.string().meta({ format: "date-time" }),
    data: z.array(
      z.object({
        customer_id: z.string(),
        customer_name: z.string(),
        external_ref: z.string().nullable(),
        quantity: z.string().meta({ description: "The meter's quantity over the whole range (decimal string)." }),
      }),
    ),
  })
  .meta({ id: "UsageTopCustomers", description: "The customers with the greatest quantity over the range, greatest first (ties by customer id)." });
export type UsageTopCustomersDto = z.infer<typeof usageTopCustomersDtoSchema>;
