import "server-only";
import { prisma } from "../../db/client";
import { listDiscountCodes as selectCodes } from "../../db/coupons";
import { toPage, type ListResponse } from "../../schemas/common";
import type { DiscountCodeDto, ListDiscountCodesQuery } from "../../schemas/coupon";
import type { Ctx } from "../context";
import { toDiscountCodeDto } from "./dto";
import { getCouponOrThrow } from "./shared";

export async function listDiscountCodes(_ctx: Ctx, couponId: string, query: ListDiscountCodesQuery): Promise<ListResponse<DiscountCodeDto>> {
  const coupon = await getCouponOrThrow(prisma(), couponId);
  const rows = await selectCodes(prisma(), { couponId: coupon.id, limit: query.limit + 1, startingAfter: query.starting_after, redeemed: query.redeemed });
  return toPage(rows, query.limit, (row) => row.id, toDiscountCodeDto);
}
