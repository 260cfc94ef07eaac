import "server-only";
import { prisma } from "../../db/client";
import { findCustomerById } from "../../db/customers";
import { notFound } from "../../errors";
import type { CustomerDto } from "../../schemas/customer";
import type { Ctx } from "../context";
import { toCustomerDto } from "./dto";

export async function getCustomer(_ctx: Ctx, customerId: string): Promise<CustomerDto> {
  const customer = await findCustomerById(prisma(), customerId);
  if (!customer) throw notFound("customer", customerId);
  return toCustomerDto(customer);
}
