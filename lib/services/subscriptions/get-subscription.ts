import "server-only";
import { prisma } from "../../db/client";
import { findSubscriptionById, type SubscriptionRow } from "../../db/subscriptions";
import type { Db } from "../../db/types";
import { notFound } from "../../errors";
import type { SubscriptionDto } from "../../schemas/subscription";
import type { Ctx } from "../context";
import { toSubscriptionDto } from "./dto";

export async function findSubscriptionOrThrow(db: Db, subscriptionId: string): Promise<SubscriptionRow> {
  const row = await findSubscriptionById(db, subscriptionId);
  if (!row) throw notFound("subscription", subscriptionId);
  return row;
}

export async function getSubscription(_ctx: Ctx, subscriptionId: string): Promise<SubscriptionDto> {
  return toSubscriptionDto(await findSubscriptionOrThrow(prisma(), subscriptionId));
}
