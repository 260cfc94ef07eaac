import { PricePreviewForm } from "@/components/pricing/price-preview-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { previewPriceAction } from "./actions";

export const metadata = { title: "Catalogue" };

export default async function CatalogPage() {
  await requireAdmin();
  return (
    <>
      <PageHeader title="Catalogue" description="Products and their prices: flat, per unit, tiered or package, in any currency." />
      <div className="grid gap-6 xl:grid-cols-2">
        <EmptyState title="No products yet" description="Define products and prices here to start selling subscriptions." />
        <PricePreviewForm previewPriceAction={previewPriceAction} />
      </div>
    </>
  );
}
