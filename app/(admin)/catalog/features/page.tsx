import { ReadOnlyNotice } from "@/components/admin/read-only-notice";
import { CatalogForm } from "@/components/catalog/catalog-form";
import { CatalogTable } from "@/components/catalog/catalog-table";
import { CatalogFilters } from "@/components/catalog/list-controls";
import { featureFields } from "@/components/catalog/simple-fields";
import { Badge } from "@/components/ui/badge";
import { FormError, SelectField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { catalogSortSchema } from "@/lib/schemas/catalog";
import { listFeaturesQuerySchema } from "@/lib/schemas/feature";
import { listFeatures } from "@/lib/services/catalog/list-features";
import { canWrite } from "@/lib/services/context";
import type { SearchParams } from "../../search-params";
import { catalogListQuery } from "../list-params";
import { createFeatureAction } from "./actions";

export const metadata = { title: "Features" };

const PATH = "/catalog/features";

export default async function FeaturesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const { filters, startingAfter, query } = catalogListQuery(await searchParams, listFeaturesQuerySchema, ["type"]);
  const page = query.success ? await listFeatures(ctx, query.data) : undefined;
  const isFiltered = Boolean(filters.q || filters.status || filters.type || startingAfter);
  return (
    <>
      <PageHeader title="Features" description="What plans grant: a flag (SSO, priority support) or a limit (10 projects). A feature's type is fixed once a plan grants it." />
      {canWrite(ctx) ? (
        <div className="mb-8 max-w-xl">
          <CatalogForm title="New feature" fields={featureFields(false)} submitLabel="Create feature" successMessage="Feature created." action={createFeatureAction} detailPath={PATH} />
        </div>
      ) : (
        <ReadOnlyNotice />
      )}
      <CatalogFilters path={PATH} filters={filters} searchLabel="Search features" exportList="features">
        <SelectField
          label="Type"
          name="type"
          defaultValue={filters.type ?? ""}
          options={[
            { value: "", label: "Any type" },
            { value: "boolean", label: "Boolean" },
            { value: "limit", label: "Limit" },
          ]}
        />
      </CatalogFilters>
      {page ? (
        <CatalogTable
          caption="Features"
          path={PATH}
          filters={filters}
          sort={catalogSortSchema.catch("-created_at").parse(filters.sort)}
          page={page}
          isFirstPage={!startingAfter}
          empty={isFiltered ? "No features match these filters." : "No features yet: create the flags and limits your plans grant."}
          extraColumns={[{ header: "Type", cell: (feature) => <Badge tone="info">{feature.type}</Badge> }]}
        />
      ) : (
        <FormError message={query.error?.issues[0]?.message} />
      )}
    </>
  );
}
