import "server-only";
import { prisma } from "../../db/client";
import type { CouponDto } from "../../schemas/coupon";
import type { Ctx } from "../context";
import { toCouponDto } from "./dto";
import { getCouponOrThrow } from "./shared";

export async function getCoupon(ctx: Ctx, couponId: string): Promise<CouponDto> {
  return toCouponDto(await getCouponOrThrow(prisma(), couponId), ctx.now);
}
