import { describe, expect, test } from "vitest";
import { effectiveCustomerSettings, type CustomerSettings, type GroupDefaults } from "./effective-settings";

const unsetCustomer: CustomerSettings = { paymentTermsDays: 0, preferredCurrency: null, locale: "en", taxExempt: false };
const group: GroupDefaults = { paymentTermsDays: 30, preferredCurrency: "EUR", locale: "fr-FR", taxExempt: true };
const emptyGroup: GroupDefaults = { paymentTermsDays: null, preferredCurrency: null, locale: null, taxExempt: null };

describe("effectiveCustomerSettings", () => {
  test("without a group the customer's own values are used as they are", () => {
    expect(effectiveCustomerSettings(unsetCustomer, null)).toEqual(unsetCustomer);
  });

  test("the group's defaults fill every unset value (null currency, column defaults)", () => {
    expect(effectiveCustomerSettings(unsetCustomer, group)).toEqual(group);
  });

  test("values the customer set win over the group's defaults", () => {
    const own: CustomerSettings = { paymentTermsDays: 14, preferredCurrency: "USD", locale: "de-DE", taxExempt: false };
    expect(effectiveCustomerSettings(own, group)).toEqual({ paymentTermsDays: 14, preferredCurrency: "USD", locale: "de-DE", taxExempt: true });
    const exempt = { ...unsetCustomer, taxExempt: true };
    expect(effectiveCustomerSettings(exempt, { ...group, taxExempt: false }).taxExempt).toBe(true);
  });

  test("a group default left null keeps the customer's value", () => {
    expect(effectiveCustomerSettings(unsetCustomer, emptyGroup)).toEqual(unsetCustomer);
    expect(effectiveCustomerSettings(unsetCustomer, { ...emptyGroup, locale: "es" })).toEqual({ ...unsetCustomer, locale: "es" });
  });
});
