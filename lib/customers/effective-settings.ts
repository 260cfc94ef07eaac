// Which settings billing uses for a customer in a group. Pure: no database, no clock.
//
// "Unset" on the customer means:
//   - preferred currency: null (the column is nullable);
//   - locale "en", payment terms 0 days, tax exempt false: the columns are NOT NULL with these
//     defaults, so the default value itself counts as unset. Consequence (documented in the
//     API): a member cannot override a group's `tax_exempt: true` with false, nor a group's
//     30-day terms with 0 (due on receipt); move the customer out of the group instead.
// A group's null default leaves the customer's value as it is. An archived group's defaults
// still apply to its existing members (archiving only stops new members joining).

/** Setting defaults of the customers table: a customer value equal to these counts as unset. */
export const CUSTOMER_SETTING_DEFAULTS = { locale: "en", paymentTermsDays: 0, taxExempt: false } as const;

export type CustomerSettings = {
  paymentTermsDays: number;
  preferredCurrency: string | null;
  locale: string;
  taxExempt: boolean;
};

export type GroupDefaults = {
  paymentTermsDays: number | null;
  preferredCurrency: string | null;
  locale: string | null;
  taxExempt: boolean | null;
};

export function effectiveCustomerSettings(customer: CustomerSettings, group: GroupDefaults | null): CustomerSettings {
  if (!group) return { ...customer };
  const fill = <T>(own: T, unset: T | null, groupDefault: T | null): T => (own === unset && groupDefault !== null ? groupDefault : own);
  return {
    paymentTermsDays: fill(customer.paymentTermsDays, CUSTOMER_SETTING_DEFAULTS.paymentTermsDays, group.paymentTermsDays),
    preferredCurrency: fill(customer.preferredCurrency, null, group.preferredCurrency),
    locale: fill(customer.locale, CUSTOMER_SETTING_DEFAULTS.locale, group.locale),
    taxExempt: fill(customer.taxExempt, CUSTOMER_SETTING_DEFAULTS.taxExempt, group.taxExempt),
  };
}
