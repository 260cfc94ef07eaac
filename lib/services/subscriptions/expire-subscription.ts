import "server-only";
import type { ExpireSubscriptionInput, SubscriptionDto } from "../../schemas/subscription";
import type { Ctx } from "../context";
import { endSubscription } from "../billing/end-subscription";
import { changeSubscription } from "./lifecycle";

/**
 * Ends a subscription as expired: a fixed term ran out, or an incomplete one never got its first
 * payment. Unlike a cancellation there is no credit; items close now and pending changes drop.
 */
export async function expireSubscription(ctx: Ctx, subscriptionId: string, input: ExpireSubscriptionInput): Promise<SubscriptionDto> {
  return changeSubscription(ctx, subscriptionId, "expire", async (frame) => {
    await endSubscription(frame.tx, frame.ctx, frame.subscription, { at: frame.now, event: "expire", reason: input.reason ?? null });
    return input.reason ? { reason: input.reason } : {};
  });
}
