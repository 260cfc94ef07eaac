import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { customerIdParamsSchema, customerStatusChangeSchema } from "@/lib/schemas/customer";
import { setCustomerStatus } from "@/lib/services/customers/set-customer-status";

export const POST = withApiKey<{ customerId: string }>(async ({ ctx, params, bodyText }) => {
  const { reason } = parseJsonBody(bodyText, customerStatusChangeSchema);
  return setCustomerStatus(ctx, parseParams(params, customerIdParamsSchema).customerId, "enable", reason);
});
