import { parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { subscriptionIdParamsSchema } from "@/lib/schemas/subscription";
import { previewUpcomingInvoice } from "@/lib/services/subscriptions/preview-upcoming-invoice";

export const GET = withApiKey<{ subscriptionId: string }>(async ({ ctx, params }) =>
  previewUpcomingInvoice(ctx, parseParams(params, subscriptionIdParamsSchema).subscriptionId),
);
