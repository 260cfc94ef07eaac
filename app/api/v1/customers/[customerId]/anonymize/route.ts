import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { anonymizeCustomerSchema, customerIdParamsSchema } from "@/lib/schemas/customer";
import { anonymizeCustomer } from "@/lib/services/customers/anonymize-customer";

export const POST = withApiKey<{ customerId: string }>(async ({ ctx, params, bodyText }) => {
  parseJsonBody(bodyText, anonymizeCustomerSchema); // no fields; still refuses unknown ones
  return anonymizeCustomer(ctx, parseParams(params, customerIdParamsSchema).customerId);
});
