import Link from "next/link";
import { CatalogDetailHeader } from "@/components/catalog/catalog-detail-header";
import { CatalogForm } from "@/components/catalog/catalog-form";
import { DetailList } from "@/components/catalog/detail-list";
import { MetadataList } from "@/components/catalog/metadata-list";
import { productFields } from "@/components/catalog/product-fields";
import { StatusBadge } from "@/components/catalog/status-badge";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { Section } from "@/components/ui/section";
import { DataTable } from "@/components/ui/table";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listProductFamiliesQuerySchema } from "@/lib/schemas/product-family";
import { getProduct } from "@/lib/services/catalog/get-product";
import { listProductFamilies } from "@/lib/services/catalog/list-product-families";
import { listProductPlans } from "@/lib/services/catalog/list-product-plans";
import { canWrite } from "@/lib/services/context";
import { orNotFound } from "../../or-not-found";
import { searchParam, type SearchParams } from "../../../search-params";
import { setProductArchivedAction, updateProductAction } from "../actions";

export const metadata = { title: "Product" };

export default async function ProductPage({ params, searchParams }: { params: Promise<{ productId: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const { productId } = await params;
  const product = await orNotFound(getProduct(ctx, productId));
  const [plans, families] = await Promise.all([
    listProductPlans(ctx, product.id),
    listProductFamilies(ctx, listProductFamiliesQuerySchema.parse({ limit: "100", sort: "name" })),
  ]);
  const family = families.data.find((candidate) => candidate.id === product.family_id);
  const selectable = families.data.filter((candidate) => candidate.status === "active" || candidate.id === product.family_id);
  const writable = canWrite(ctx);
  return (
    <>
      <CatalogDetailHeader
        item={product}
        noun="product"
        consequence="The product stays readable and its plans keep billing, but it becomes read-only until you unarchive it."
        setArchived={setProductArchivedAction.bind(null, product.id)}
        writable={writable}
        justCreated={searchParam(await searchParams, "saved") === "created"}
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <div className="space-y-6">
          <DetailList
            items={[
              { label: "Status", value: <StatusBadge status={product.status} /> },
              { label: "Family", value: family && <Link href={`/catalog/products/families/${family.id}`} className="text-brand-700 hover:underline">{family.name}</Link> },
              { label: "Description", value: product.description },
              { label: "Metadata", value: <MetadataList metadata={product.metadata} /> },
              { label: "Created", value: <LocalTime iso={product.created_at} /> },
              { label: "Updated", value: <LocalTime iso={product.updated_at} /> },
              { label: "Archived", value: product.archived_at && <LocalTime iso={product.archived_at} /> },
              { label: "ID", value: <span className="font-mono text-xs">{product.id}</span> },
            ]}
          />
          <Section title="Plans">
            <DataTable
              caption="Plans of this product"
              rows={plans.data}
              rowKey={(plan) => plan.id}
              empty="No plan prices this product yet."
              columns={[
                { header: "Code", cell: (plan) => <Link href={`/catalog/plans/${plan.id}`} className="font-mono text-brand-700 hover:underline">{plan.code}</Link> },
                { header: "Name", cell: (plan) => plan.name },
                { header: "Status", cell: (plan) => <Badge tone={plan.status === "active" ? "success" : "neutral"}>{plan.status}</Badge> },
                { header: "Created", cell: (plan) => <LocalTime iso={plan.created_at} /> },
              ]}
            />
          </Section>
        </div>
        {writable && product.status === "active" && (
          <CatalogForm
            title="Edit product"
            fields={productFields(selectable, { editing: true })}
            initial={{ code: product.code, name: product.name, description: product.description, family_id: product.family_id, metadata: product.metadata }}
            submitLabel="Save changes"
            successMessage="Product saved."
            action={updateProductAction.bind(null, product.id)}
          />
        )}
      </div>
    </>
  );
}
