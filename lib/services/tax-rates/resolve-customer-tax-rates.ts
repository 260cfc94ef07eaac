import "server-only";
import type { TaxCustomer, TaxRate } from "../../billing/tax";
import type { AddressJson } from "../../db/customers";
import { findCustomerTaxProfile, listCustomerTaxRates, listDefaultTaxRates } from "../../db/tax-rates";
import type { Db } from "../../db/types";
import { notFound } from "../../errors";
import { toEngineTaxRate } from "./dto";

export type ResolvedTaxRates = {
  taxRates: TaxRate[];
  customer: TaxCustomer;
  /** exempt: no rates; customer: the customer's own rates; default: the default rates of their billing place. */
  source: "exempt" | "customer" | "default";
};

const billingPlace = (address: unknown): { country?: string; region?: string } => {
  if (typeof address !== "object" || address === null) return {};
  const { country, region } = address as Partial<AddressJson>;
  return { country, region };
};

/**
 * The tax rates to charge a customer, as the engine takes them (lib/billing/tax.ts computeTax):
 * none when tax exempt; else the customer's own active rates if they have any; else the active
 * default rates of their billing country (any-country rates too, and a rate with a region only
 * for that region). Reverse charge keeps the rates: the engine then charges 0 and notes it.
 */
export async function resolveCustomerTaxRates(tx: Db, customerId: string): Promise<ResolvedTaxRates> {
  const customer = await findCustomerTaxProfile(tx, customerId);
  if (!customer) throw notFound("customer", customerId);
  if (customer.taxExempt) return { taxRates: [], customer: { taxExempt: true, reverseCharge: false }, source: "exempt" };

  const taxCustomer = { taxExempt: false, reverseCharge: customer.reverseCharge };
  const own = (await listCustomerTaxRates(tx, customer.id)).filter((rate) => rate.archivedAt === null);
  if (own.length > 0) return { taxRates: own.map(toEngineTaxRate), customer: taxCustomer, source: "customer" };
  const defaults = await listDefaultTaxRates(tx, billingPlace(customer.billingAddress));
  return { taxRates: defaults.map(toEngineTaxRate), customer: taxCustomer, source: "default" };
}
