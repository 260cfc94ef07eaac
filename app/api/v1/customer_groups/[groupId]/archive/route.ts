import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { archiveCustomerGroupSchema, customerGroupIdParamsSchema } from "@/lib/schemas/customer-group";
import { archiveCustomerGroup } from "@/lib/services/customer-groups/archive-customer-group";

export const POST = withApiKey<{ groupId: string }>(async ({ ctx, params, bodyText }) => {
  parseJsonBody(bodyText, archiveCustomerGroupSchema); // no fields; still refuses unknown ones
  return archiveCustomerGroup(ctx, parseParams(params, customerGroupIdParamsSchema).groupId);
});
