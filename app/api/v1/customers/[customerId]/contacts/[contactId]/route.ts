import { parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { contactParamsSchema } from "@/lib/schemas/customer";
import { removeCustomerContact } from "@/lib/services/customers/remove-customer-contact";

export const DELETE = withApiKey<{ customerId: string; contactId: string }>(async ({ ctx, params }) => {
  const { customerId, contactId } = parseParams(params, contactParamsSchema);
  return removeCustomerContact(ctx, customerId, contactId);
});
