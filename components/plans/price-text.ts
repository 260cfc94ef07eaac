/** A stored price in one line: "amount: 40", "unit price: 2, 3 tiers". */
export const priceText = (price: Record<string, unknown>) =>
  Object.entries(price)
    .map(([field, value]) => `${field.replaceAll("_", " ")}: ${Array.isArray(value) ? `${value.length} tiers` : String(value)}`)
    .join(", ");
