import type { Db } from "./types";

/** Live (not archived) objects per catalogue section, for the catalogue's landing page. */
export async function countCatalog(db: Db) {
  const live = { where: { archivedAt: null } };
  const [plans, products, productFamilies, coupons, taxRates, features, units, exchangeRates] = await Promise.all([
    db.plan.count(live),
    db.product.count(live),
    db.productFamily.count(live),
    db.coupon.count(live),
    db.taxRate.count(live),
    db.feature.count(live),
    db.unit.count(live),
    db.exchangeRate.count(),
  ]);
  return { plans, products, productFamilies, coupons, taxRates, features, units, exchangeRates };
}
