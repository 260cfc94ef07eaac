import { parseParams } from "@/lib/http/parse";
import { withAdmin } from "@/lib/http/json-route";
import { customerIdParamsSchema } from "@/lib/schemas/usage";
import { getCustomerUsage } from "@/lib/services/usage/get-customer-usage";

export const GET = withAdmin<{ customerId: string }>(async ({ ctx, params }) => getCustomerUsage(ctx, parseParams(params, customerIdParamsSchema).customerId));
