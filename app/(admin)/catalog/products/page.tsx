import Link from "next/link";
import { CatalogFilters } from "@/components/catalog/list-controls";
import { CatalogTable } from "@/components/catalog/catalog-table";
import { ProductsSubnav } from "@/components/catalog/products-subnav";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError, SelectField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { catalogSortSchema } from "@/lib/schemas/catalog";
import { listProductsQuerySchema } from "@/lib/schemas/product";
import { listProductFamiliesQuerySchema } from "@/lib/schemas/product-family";
import { canWrite } from "@/lib/services/context";
import { listProductFamilies } from "@/lib/services/catalog/list-product-families";
import { listProducts } from "@/lib/services/catalog/list-products";
import type { SearchParams } from "../../search-params";
import { catalogListQuery } from "../list-params";

export const metadata = { title: "Products" };

const PATH = "/catalog/products";

export default async function ProductsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const { filters, startingAfter, query } = catalogListQuery(await searchParams, listProductsQuerySchema, ["family_id"]);
  const [page, families] = await Promise.all([
    query.success ? listProducts(ctx, query.data) : undefined,
    listProductFamilies(ctx, listProductFamiliesQuerySchema.parse({ limit: "100", sort: "name" })),
  ]);
  const familyName = new Map(families.data.map((family) => [family.id, family.name]));
  const sort = catalogSortSchema.catch("-created_at").parse(filters.sort);
  const isFiltered = Boolean(filters.q || filters.status || filters.family_id);
  return (
    <>
      <PageHeader
        title="Products"
        description="What you sell. Plans price a product; families group the products a subscriber may move between."
        actions={
          canWrite(ctx) && (
            <Link href={`${PATH}/new`} className="rounded-md bg-brand-600 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">
              New product
            </Link>
          )
        }
      />
      <ProductsSubnav current="products" />
      <CatalogFilters path={PATH} filters={filters} searchLabel="Search products" exportList="products">
        <SelectField
          label="Family"
          name="family_id"
          defaultValue={filters.family_id ?? ""}
          options={[{ value: "", label: "Any family" }, ...families.data.map((family) => ({ value: family.id, label: family.name }))]}
        />
      </CatalogFilters>
      {!page ? (
        <FormError message={query.error?.issues[0]?.message} />
      ) : page.data.length === 0 && !isFiltered && !startingAfter ? (
        <EmptyState
          title="No products yet"
          description="Create a product, then price it with plans."
          action={canWrite(ctx) && <Link href={`${PATH}/new`} className="text-sm font-semibold text-brand-700 hover:underline">New product</Link>}
        />
      ) : (
        <CatalogTable
          caption="Products"
          path={PATH}
          filters={filters}
          sort={sort}
          page={page}
          isFirstPage={!startingAfter}
          empty="No products match these filters."
          extraColumns={[{ header: "Family", cell: (p) => (p.family_id ? (familyName.get(p.family_id) ?? p.family_id) : <span className="text-slate-400">—</span>) }]}
        />
      )}
    </>
  );
}
