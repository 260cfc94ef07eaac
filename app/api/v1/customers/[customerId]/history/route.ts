import { parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { customerIdParamsSchema } from "@/lib/schemas/customer";
import { getCustomerHistory } from "@/lib/services/customers/get-customer-history";

export const GET = withApiKey<{ customerId: string }>(async ({ ctx, params }) => getCustomerHistory(ctx, parseParams(params, customerIdParamsSchema).customerId));
