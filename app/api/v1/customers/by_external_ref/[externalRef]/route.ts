import { parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { externalRefParamsSchema } from "@/lib/schemas/customer";
import { getCustomerByExternalRef } from "@/lib/services/customers/get-customer-by-external-ref";

export const GET = withApiKey<{ externalRef: string }>(async ({ ctx, params }) =>
  getCustomerByExternalRef(ctx, parseParams(params, externalRefParamsSchema).externalRef),
);
