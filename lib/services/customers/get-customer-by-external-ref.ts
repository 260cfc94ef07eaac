import "server-only";
import { prisma } from "../../db/client";
import { findCustomerByExternalRef } from "../../db/customers";
import { AppError } from "../../errors";
import type { CustomerDto } from "../../schemas/customer";
import type { Ctx } from "../context";
import { toCustomerDto } from "./dto";

/** Looks a customer up by the caller's own reference (`external_ref`). */
export async function getCustomerByExternalRef(_ctx: Ctx, externalRef: string): Promise<CustomerDto> {
  const customer = await findCustomerByExternalRef(prisma(), externalRef);
  if (!customer) throw new AppError("not_found", `No customer with external_ref '${externalRef}'.`, { param: "external_ref" });
  return toCustomerDto(customer);
}
