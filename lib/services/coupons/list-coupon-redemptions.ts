import "server-only";
import { prisma } from "../../db/client";
import { listCouponRedemptions as selectRedemptions } from "../../db/coupons";
import { toPage, type ListResponse, type PaginationQuery } from "../../schemas/common";
import type { CouponRedemptionDto } from "../../schemas/coupon";
import type { Ctx } from "../context";
import { toCouponRedemptionDto } from "./dto";
import { getCouponOrThrow } from "./shared";

/** Newest first. */
export async function listCouponRedemptions(_ctx: Ctx, couponId: string, query: PaginationQuery): Promise<ListResponse<CouponRedemptionDto>> {
  const coupon = await getCouponOrThrow(prisma(), couponId);
  const rows = await selectRedemptions(prisma(), { couponId: coupon.id, limit: query.limit + 1, startingAfter: query.starting_after });
  return toPage(rows, query.limit, (row) => row.id, toCouponRedemptionDto);
}
