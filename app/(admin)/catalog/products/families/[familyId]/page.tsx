import Link from "next/link";
import { CatalogDetailHeader } from "@/components/catalog/catalog-detail-header";
import { CatalogForm } from "@/components/catalog/catalog-form";
import { DetailList } from "@/components/catalog/detail-list";
import { productFamilyFields } from "@/components/catalog/simple-fields";
import { StatusBadge } from "@/components/catalog/status-badge";
import { LocalTime } from "@/components/ui/local-time";
import { Section } from "@/components/ui/section";
import { DataTable } from "@/components/ui/table";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listProductsQuerySchema } from "@/lib/schemas/product";
import { getProductFamily } from "@/lib/services/catalog/get-product-family";
import { listProducts } from "@/lib/services/catalog/list-products";
import { canWrite } from "@/lib/services/context";
import { orNotFound } from "../../../or-not-found";
import { searchParam, type SearchParams } from "../../../../search-params";
import { setProductFamilyArchivedAction, updateProductFamilyAction } from "../actions";

export const metadata = { title: "Product family" };

export default async function ProductFamilyPage({ params, searchParams }: { params: Promise<{ familyId: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const { familyId } = await params;
  const family = await orNotFound(getProductFamily(ctx, familyId));
  const products = await listProducts(ctx, listProductsQuerySchema.parse({ family_id: family.id, limit: "100", sort: "name" }));
  const writable = canWrite(ctx);
  return (
    <>
      <CatalogDetailHeader
        item={family}
        noun="product family"
        consequence="Its products keep the family, but no new product can join it until you unarchive it."
        setArchived={setProductFamilyArchivedAction.bind(null, family.id)}
        writable={writable}
        justCreated={searchParam(await searchParams, "saved") === "created"}
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <div className="space-y-6">
          <DetailList
            items={[
              { label: "Status", value: <StatusBadge status={family.status} /> },
              { label: "Description", value: family.description },
              { label: "Created", value: <LocalTime iso={family.created_at} /> },
              { label: "Archived", value: family.archived_at && <LocalTime iso={family.archived_at} /> },
              { label: "ID", value: <span className="font-mono text-xs">{family.id}</span> },
            ]}
          />
          <Section title="Products">
            <DataTable
              caption="Products of this family"
              rows={products.data}
              rowKey={(product) => product.id}
              empty="No product in this family yet."
              columns={[
                { header: "Code", cell: (p) => <Link href={`/catalog/products/${p.id}`} className="font-mono text-brand-700 hover:underline">{p.code}</Link> },
                { header: "Name", cell: (p) => p.name },
                { header: "Status", cell: (p) => <StatusBadge status={p.status} /> },
              ]}
            />
          </Section>
        </div>
        {writable && family.status === "active" && (
          <CatalogForm
            title="Edit product family"
            fields={productFamilyFields(true)}
            initial={{ code: family.code, name: family.name, description: family.description }}
            submitLabel="Save changes"
            successMessage="Product family saved."
            action={updateProductFamilyAction.bind(null, family.id)}
          />
        )}
      </div>
    </>
  );
}
