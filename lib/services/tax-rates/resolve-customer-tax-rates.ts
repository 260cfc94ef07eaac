import "server-only";
import type { TaxCustomer, TaxRate } from "../../billing/tax";
import type { AddressJson } from "../../db/customers";
import { findCustomerTaxProfiles, listDefaultTaxRates, listTaxRatesOfCustomers } from "../../db/tax-rates";
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
  const resolved = (await resolveTaxRatesOfCustomers(tx, [customerId])).get(customerId);
  if (!resolved) throw notFound("customer", customerId);
  return resolved;
}

/** resolveCustomerTaxRates for many customers in a few queries (the billing run); unknown ids are left out. */
export async function resolveTaxRatesOfCustomers(tx: Db, customerIds: readonly string[]): Promise<Map<string, ResolvedTaxRates>> {
  const profiles = await findCustomerTaxProfiles(tx, customerIds);
  const own = await listTaxRatesOfCustomers(tx, profiles.filter((customer) => !customer.taxExempt).map((customer) => customer.id));
  const defaultsByPlace = new Map<string, Promise<TaxRate[]>>();
  const defaultsFor = (address: unknown) => {
    const place = billingPlace(address);
    const key = `${place.country ?? ""}|${place.region?.toLowerCase() ?? ""}`;
    if (!defaultsByPlace.has(key)) defaultsByPlace.set(key, listDefaultTaxRates(tx, place).then((rates) => rates.map(toEngineTaxRate)));
    return defaultsByPlace.get(key)!;
  };

  const resolved = new Map<string, ResolvedTaxRates>();
  for (const customer of profiles) {
    if (customer.taxExempt) {
      resolved.set(customer.id, { taxRates: [], customer: { taxExempt: true, reverseCharge: false }, source: "exempt" });
      continue;
    }
    const taxCustomer = { taxExempt: false, reverseCharge: customer.reverseCharge };
    const ownRates = (own.get(customer.id) ?? []).filter((rate) => rate.archivedAt === null);
    resolved.set(
      customer.id,
      ownRates.length > 0
        ? { taxRates: ownRates.map(toEngineTaxRate), customer: taxCustomer, source: "customer" }
        : { taxRates: await defaultsFor(customer.billingAddress), customer: taxCustomer, source: "default" },
    );
  }
  return resolved;
}
