"use server";

import { revalidatePath } from "next/cache";
import { runAdminAction } from "@/lib/actions/admin-action";
import {
  cancelSubscriptionSchema,
  changePlanSchema,
  changeQuantitySchema,
  createSubscriptionSchema,
  pauseSubscriptionSchema,
  scheduledChangeParamsSchema,
  subscriptionIdParamsSchema,
} from "@/lib/schemas/subscription";
import { cancelScheduledChange } from "@/lib/services/subscriptions/cancel-scheduled-change";
import { cancelSubscription } from "@/lib/services/subscriptions/cancel-subscription";
import { changePlan } from "@/lib/services/subscriptions/change-plan";
import { changeQuantity } from "@/lib/services/subscriptions/change-quantity";
import { createSubscription } from "@/lib/services/subscriptions/create-subscription";
import { pauseSubscription } from "@/lib/services/subscriptions/pause-subscription";
import { resumeSubscription } from "@/lib/services/subscriptions/resume-subscription";
import { undoCancel } from "@/lib/services/subscriptions/undo-cancel";

const SUBSCRIPTIONS_PATH = "/subscriptions";

function revalidated<R extends { ok: boolean }>(result: R, subscriptionId?: string): R {
  if (result.ok) {
    revalidatePath(SUBSCRIPTIONS_PATH);
    if (subscriptionId) revalidatePath(`${SUBSCRIPTIONS_PATH}/${subscriptionId}`);
  }
  return result;
}

export async function createSubscriptionAction(input: unknown) {
  return revalidated(await runAdminAction(createSubscriptionSchema, input, createSubscription));
}

export async function pauseSubscriptionAction(subscriptionId: string, input: unknown) {
  return revalidated(await runAdminAction(pauseSubscriptionSchema, input, (ctx, pause) => pauseSubscription(ctx, subscriptionId, pause)), subscriptionId);
}

export async function resumeSubscriptionAction(input: { subscriptionId: string }) {
  return revalidated(await runAdminAction(subscriptionIdParamsSchema, input, (ctx, { subscriptionId }) => resumeSubscription(ctx, subscriptionId)), input.subscriptionId);
}

export async function cancelSubscriptionAction(subscriptionId: string, input: unknown) {
  return revalidated(await runAdminAction(cancelSubscriptionSchema, input, (ctx, cancel) => cancelSubscription(ctx, subscriptionId, cancel)), subscriptionId);
}

export async function undoCancelAction(input: { subscriptionId: string }) {
  return revalidated(await runAdminAction(subscriptionIdParamsSchema, input, (ctx, { subscriptionId }) => undoCancel(ctx, subscriptionId)), input.subscriptionId);
}

export async function changePlanAction(subscriptionId: string, input: unknown) {
  return revalidated(await runAdminAction(changePlanSchema, input, (ctx, change) => changePlan(ctx, subscriptionId, change)), subscriptionId);
}

export async function changeQuantityAction(subscriptionId: string, input: unknown) {
  return revalidated(await runAdminAction(changeQuantitySchema, input, (ctx, change) => changeQuantity(ctx, subscriptionId, change)), subscriptionId);
}

export async function cancelScheduledChangeAction(input: { subscriptionId: string; changeId: string }) {
  return revalidated(
    await runAdminAction(scheduledChangeParamsSchema, input, (ctx, { subscriptionId, changeId }) => cancelScheduledChange(ctx, subscriptionId, changeId)),
    input.subscriptionId,
  );
}
