import Link from "next/link";
import type { CatalogOverview } from "@/lib/services/catalog/get-catalog-overview";

const SECTIONS: { key: keyof CatalogOverview; href: string; label: string; blurb: string }[] = [
  { key: "plans", href: "/catalog/plans", label: "Plans", blurb: "Prices, billing intervals and trials." },
  { key: "products", href: "/catalog/products", label: "Products", blurb: "What you sell." },
  { key: "productFamilies", href: "/catalog/products/families", label: "Product families", blurb: "Products a subscriber may move between." },
  { key: "coupons", href: "/catalog/coupons", label: "Coupons", blurb: "Discounts and codes." },
  { key: "taxRates", href: "/catalog/tax-rates", label: "Tax rates", blurb: "VAT and sales taxes." },
  { key: "features", href: "/catalog/features", label: "Features", blurb: "Flags and limits plans grant." },
  { key: "units", href: "/catalog/units", label: "Units", blurb: "What usage charges count." },
  { key: "exchangeRates", href: "/catalog/exchange-rates", label: "Exchange rates", blurb: "Currency conversions over time." },
];

/** One card per catalogue section with its count of live (not archived) objects. */
export function CatalogOverviewCards({ counts }: { counts: CatalogOverview }) {
  return (
    <ul className="grid content-start gap-3 self-start sm:grid-cols-2" aria-label="Catalogue sections">
      {SECTIONS.map((section) => (
        <li key={section.key}>
          <Link href={section.href} className="block rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 hover:ring-brand-600">
            <span className="flex items-baseline justify-between gap-2">
              <span className="text-sm font-semibold text-slate-900">{section.label}</span>
              <span className="text-2xl font-semibold tabular-nums text-slate-900" aria-label={`${counts[section.key]} ${section.label.toLowerCase()}`}>
                {counts[section.key].toLocaleString("en-US")}
              </span>
            </span>
            <span className="mt-1 block text-xs text-slate-600">{section.blurb}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
