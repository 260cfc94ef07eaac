import "server-only";
import { prisma } from "../../db/client";
import type { CouponDto } from "../../schemas/coupon";
import type { Ctx } from "../context";
import { toCouponDto } from "./dto";
import { resolveCode } from "./find-by-code";

/** The coupon a code redeems: its own code or one of its discount codes, in any case. */
export async function getCouponByCode(ctx: Ctx, code: string): Promise<CouponDto> {
  const { coupon } = await resolveCode(prisma(), code);
  return toCouponDto(coupon, ctx.now);
}
