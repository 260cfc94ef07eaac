import { parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { customerGroupCodeParamsSchema } from "@/lib/schemas/customer-group";
import { getCustomerGroupByCode } from "@/lib/services/customer-groups/get-customer-group";

export const GET = withApiKey<{ code: string }>(async ({ ctx, params }) => getCustomerGroupByCode(ctx, parseParams(params, customerGroupCodeParamsSchema).code));
