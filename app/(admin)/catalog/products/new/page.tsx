import { redirect } from "next/navigation";
import { CatalogForm } from "@/components/catalog/catalog-form";
import { productFields } from "@/components/catalog/product-fields";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listProductFamiliesQuerySchema } from "@/lib/schemas/product-family";
import { listProductFamilies } from "@/lib/services/catalog/list-product-families";
import { canWrite } from "@/lib/services/context";
import { createProductAction } from "../actions";

export const metadata = { title: "New product" };

export default async function NewProductPage() {
  const ctx = await requireAdmin();
  if (!canWrite(ctx)) redirect("/catalog/products");
  const families = await listProductFamilies(ctx, listProductFamiliesQuerySchema.parse({ limit: "100", status: "active", sort: "name" }));
  return (
    <>
      <PageHeader title="New product" />
      <div className="max-w-xl">
        <CatalogForm
          title="Product"
          fields={productFields(families.data, { editing: false })}
          submitLabel="Create product"
          successMessage="Product created."
          action={createProductAction}
          detailPath="/catalog/products"
        />
      </div>
    </>
  );
}
