import { parseParams } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { subscriptionIdParamsSchema } from "@/lib/schemas/subscription";
import { listScheduledChanges } from "@/lib/services/subscriptions/list-scheduled-changes";

export const GET = withApiKey<{ subscriptionId: string }>(async ({ ctx, params }) => listScheduledChanges(ctx, parseParams(params, subscriptionIdParamsSchema).subscriptionId));
