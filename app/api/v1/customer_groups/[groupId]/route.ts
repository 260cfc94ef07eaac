import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { customerGroupIdParamsSchema, updateCustomerGroupSchema } from "@/lib/schemas/customer-group";
import { getCustomerGroup } from "@/lib/services/customer-groups/get-customer-group";
import { updateCustomerGroup } from "@/lib/services/customer-groups/update-customer-group";

export const GET = withApiKey<{ groupId: string }>(async ({ ctx, params }) => getCustomerGroup(ctx, parseParams(params, customerGroupIdParamsSchema).groupId));

export const PATCH = withApiKey<{ groupId: string }>(async ({ ctx, params, bodyText }) =>
  updateCustomerGroup(ctx, parseParams(params, customerGroupIdParamsSchema).groupId, parseJsonBody(bodyText, updateCustomerGroupSchema)),
);
