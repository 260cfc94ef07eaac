import { parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { customerIdParamsSchema } from "@/lib/schemas/customer";
import { getCustomerBalance } from "@/lib/services/customer-balance/get-customer-balance";

export const GET = withApiKey<{ customerId: string }>(async ({ ctx, params }) => getCustomerBalance(ctx, parseParams(params, customerIdParamsSchema).customerId));
