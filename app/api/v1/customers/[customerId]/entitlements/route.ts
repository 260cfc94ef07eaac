import { parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { customerIdParamsSchema } from "@/lib/schemas/customer";
import { getCustomerEntitlements } from "@/lib/services/entitlements/get-customer-entitlements";

export const GET = withApiKey<{ customerId: string }>(async ({ ctx, params }) =>
  getCustomerEntitlements(ctx, parseParams(params, customerIdParamsSchema).customerId),
);
