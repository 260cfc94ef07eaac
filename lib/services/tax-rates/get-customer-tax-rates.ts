import "server-only";
import { prisma } from "../../db/client";
import { findCustomerById } from "../../db/customers";
import { listCustomerTaxRates } from "../../db/tax-rates";
import { notFound } from "../../errors";
import type { CustomerTaxRatesDto } from "../../schemas/tax-rate";
import type { Ctx } from "../context";
import { toTaxRateDto } from "./dto";

export async function getCustomerTaxRates(_ctx: Ctx, customerId: string): Promise<CustomerTaxRatesDto> {
  const customer = await findCustomerById(prisma(), customerId);
  if (!customer) throw notFound("customer", customerId);
  return { object: "customer_tax_rates", customer_id: customer.id, tax_rates: (await listCustomerTaxRates(prisma(), customer.id)).map(toTaxRateDto) };
}
