import { parseJsonBody, parseQuery } from "@/lib/http/parse";
import { withApiKey } from "@/lib/http/json-route";
import { createSubscriptionSchema, listSubscriptionsQuerySchema } from "@/lib/schemas/subscription";
import { createSubscription } from "@/lib/services/subscriptions/create-subscription";
import { listSubscriptions } from "@/lib/services/subscriptions/list-subscriptions";

export const GET = withApiKey(async ({ ctx, url }) => listSubscriptions(ctx, parseQuery(url, listSubscriptionsQuerySchema)));

export const POST = withApiKey(async ({ ctx, bodyText }) => ({ status: 201, body: await createSubscription(ctx, parseJsonBody(bodyText, createSubscriptionSchema)) }));
