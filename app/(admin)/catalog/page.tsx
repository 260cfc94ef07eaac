import { CatalogOverviewCards } from "@/components/catalog/catalog-overview-cards";
import { PricePreviewForm } from "@/components/pricing/price-preview-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { getCatalogOverview } from "@/lib/services/catalog/get-catalog-overview";
import { previewPriceAction } from "./actions";

export const metadata = { title: "Catalogue" };

export default async function CatalogPage() {
  const ctx = await requireAdmin();
  const counts = await getCatalogOverview(ctx);
  return (
    <>
      <PageHeader title="Catalogue" description="Products and their prices: flat, per unit, tiered or package, in any currency." />
      <div className="grid gap-6 xl:grid-cols-2">
        <CatalogOverviewCards counts={counts} />
        <PricePreviewForm previewPriceAction={previewPriceAction} />
      </div>
    </>
  );
}
