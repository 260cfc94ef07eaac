import { parseJsonBody, parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { changeQuantitySchema, subscriptionIdParamsSchema } from "@/lib/schemas/subscription";
import { changeQuantity } from "@/lib/services/subscriptions/change-quantity";

export const POST = withApiKey<{ subscriptionId: string }>(async ({ ctx, params, bodyText }) =>
  changeQuantity(ctx, parseParams(params, subscriptionIdParamsSchema).subscriptionId, parseJsonBody(bodyText, changeQuantitySchema)),
);
