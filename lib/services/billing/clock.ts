import "server-only";
import { findTestClockTime } from "../../db/billing-run";
import type { Db } from "../../db/types";
import type { Ctx } from "../context";

/**
 * The time a subscription (or customer) lives in: its test clock's frozen time when it is attached
 * to one (simulated time), else the request's time. Every billing decision takes its "now" here.
 */
export async function clockNow(db: Db, testClockId: string | null, ctx: Ctx): Promise<Date> {
  if (testClockId === null) return ctx.now;
  const time = await findTestClockTime(db, testClockId);
  if (!time) throw new Error(`Test clock ${testClockId} does not exist.`);
  return time;
}

export const subscriptionNow = (db: Db, subscription: { testClockId: string | null }, ctx: Ctx) => clockNow(db, subscription.testClockId, ctx);
