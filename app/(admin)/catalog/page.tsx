import Link from "next/link";
import { CATALOG_TABS } from "@/components/admin/nav-items";
import { PricePreviewForm } from "@/components/pricing/price-preview-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { previewPriceAction } from "./actions";

export const metadata = { title: "Catalogue" };

const SECTIONS = CATALOG_TABS.filter((tab) => tab.href !== "/catalog");

export default async function CatalogPage() {
  await requireAdmin();
  return (
    <>
      <PageHeader title="Catalogue" description="Products and their prices: flat, per unit, tiered or package, in any currency." />
      <div className="grid gap-6 xl:grid-cols-2">
        <nav aria-label="Catalogue sections" className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <h2 className="text-base font-semibold text-slate-900">Sections</h2>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2">
            {SECTIONS.map((section) => (
              <li key={section.href}>
                <Link href={section.href} className="block rounded-md px-3 py-2 text-sm font-medium text-brand-700 ring-1 ring-slate-200 hover:bg-brand-50">
                  {section.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <PricePreviewForm previewPriceAction={previewPriceAction} />
      </div>
    </>
  );
}
