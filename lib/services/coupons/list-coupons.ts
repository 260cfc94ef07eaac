import "server-only";
import { prisma } from "../../db/client";
import { listCoupons as selectCoupons } from "../../db/coupons";
import { toPage, type ListResponse } from "../../schemas/common";
import type { CouponDto, ListCouponsQuery } from "../../schemas/coupon";
import type { Ctx } from "../context";
import { toCouponDto } from "./dto";

/** Newest first unless sorted otherwise; filters combine with AND; `metadata` pairs must all match. */
export async function listCoupons(ctx: Ctx, query: ListCouponsQuery): Promise<ListResponse<CouponDto>> {
  const rows = await selectCoupons(prisma(), {
    limit: query.limit + 1,
    startingAfter: query.starting_after,
    filters: { sort: query.sort, q: query.q, status: query.status, metadata: query.metadata },
    now: ctx.now,
  });
  return toPage(rows, query.limit, (row) => row.id, (row) => toCouponDto(row, ctx.now));
}
