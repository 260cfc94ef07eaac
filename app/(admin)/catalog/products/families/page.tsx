import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { CatalogForm } from "@/components/catalog/catalog-form";
import { CatalogFilters } from "@/components/catalog/list-controls";
import { CatalogTable } from "@/components/catalog/catalog-table";
import { ProductsSubnav } from "@/components/catalog/products-subnav";
import { productFamilyFields } from "@/components/catalog/simple-fields";
import { FormError } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { catalogSortSchema } from "@/lib/schemas/catalog";
import { listProductFamiliesQuerySchema } from "@/lib/schemas/product-family";
import { listProductFamilies } from "@/lib/services/catalog/list-product-families";
import { canWrite } from "@/lib/services/context";
import type { SearchParams } from "../../../search-params";
import { catalogListQuery } from "../../list-params";
import { createProductFamilyAction } from "./actions";

export const metadata = { title: "Product families" };

const PATH = "/catalog/products/families";

export default async function ProductFamiliesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const { filters, startingAfter, query } = catalogListQuery(await searchParams, listProductFamiliesQuerySchema, []);
  const page = query.success ? await listProductFamilies(ctx, query.data) : undefined;
  const sort = catalogSortSchema.catch("-created_at").parse(filters.sort);
  const isFiltered = Boolean(filters.q || filters.status);
  const writable = canWrite(ctx);
  return (
    <>
      <PageHeader title="Product families" description="Group the products a subscriber may move between (upgrades and downgrades). Archived families take no new products." />
      <ProductsSubnav current="families" />
      {writable ? (
        <div className="mb-8 max-w-xl">
          <CatalogForm
            title="New product family"
            fields={productFamilyFields(false)}
            submitLabel="Create family"
            successMessage="Product family created."
            action={createProductFamilyAction}
            detailPath={PATH}
          />
        </div>
      ) : (
        <ReadOnlyNotice />
      )}
      <CatalogFilters path={PATH} filters={filters} searchLabel="Search families" exportList="product_families" />
      {page ? (
        <CatalogTable
          caption="Product families"
          path={PATH}
          filters={filters}
          sort={sort}
          page={page}
          isFirstPage={!startingAfter}
          empty={isFiltered || startingAfter ? "No product families match these filters." : "No product families yet."}
        />
      ) : (
        <FormError message={query.error?.issues[0]?.message} />
      )}
    </>
  );
}
