import "server-only";
import { prisma } from "../../db/client";
import { findCustomerGroupByCode, findCustomerGroupById } from "../../db/customer-groups";
import { AppError, notFound } from "../../errors";
import type { CustomerGroupDto } from "../../schemas/customer-group";
import type { Ctx } from "../context";
import { withMemberCount } from "./shared";

export async function getCustomerGroup(_ctx: Ctx, groupId: string): Promise<CustomerGroupDto> {
  const group = await findCustomerGroupById(prisma(), groupId);
  if (!group) throw notFound("customer_group", groupId);
  return withMemberCount(prisma(), group);
}

export async function getCustomerGroupByCode(_ctx: Ctx, code: string): Promise<CustomerGroupDto> {
  const group = await findCustomerGroupByCode(prisma(), code);
  if (!group) throw new AppError("not_found", `No customer group with code '${code}'.`, { param: "code" });
  return withMemberCount(prisma(), group);
}
