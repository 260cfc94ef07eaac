import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { addAddOnSchema, subscriptionIdParamsSchema } from "@/lib/schemas/subscription";
import { addAddOn } from "@/lib/services/subscriptions/add-ons";

export const POST = withApiKey<{ subscriptionId: string }>(async ({ ctx, params, bodyText }) =>
  addAddOn(ctx, parseParams(params, subscriptionIdParamsSchema).subscriptionId, parseJsonBody(bodyText, addAddOnSchema)),
);
