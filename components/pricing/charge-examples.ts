/** Starting points for the price preview box, one per pricing model (API field names). */
export const CHARGE_EXAMPLES = {
  graduated: {
    input: { quantity: "1500" },
    charge: {
      model: "graduated",
      currency: "EUR",
      tiers: [
        { up_to: "100", unit_price: "0.10" },
        { up_to: "1000", unit_price: "0.05", flat_fee: "2" },
        { up_to: null, unit_price: "0.01" },
      ],
    },
  },
  volume: {
    input: { quantity: "250" },
    charge: { model: "volume", currency: "USD", tiers: [{ up_to: "100", unit_price: "1.00" }, { up_to: null, unit_price: "0.80", flat_fee: "10" }] },
  },
  package: { input: { quantity: "2350" }, charge: { model: "package", currency: "USD", package_size: "1000", package_price: "5", free_units: "500" } },
  percentage: {
    input: { transactions: "10.00, 250.00, 1000.00" },
    charge: { model: "percentage", currency: "USD", rate: "2.9", fixed_fee_per_transaction: "0.30", max_per_transaction: "5" },
  },
  per_unit: { input: { quantity: "123457" }, charge: { model: "per_unit", currency: "USD", unit_price: "0.0001" } },
  per_seat: { input: { quantity: "12" }, charge: { model: "per_seat", currency: "JPY", unit_price: "1200" } },
  flat: { input: { quantity: "1" }, charge: { model: "flat", currency: "KWD", amount: "9.995" } },
} as const;

export type ChargeExampleName = keyof typeof CHARGE_EXAMPLES;
