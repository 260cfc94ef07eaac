import { CatalogDetailHeader } from "@/components/catalog/catalog-detail-header";
import { CatalogForm } from "@/components/catalog/catalog-form";
import { DetailList } from "@/components/catalog/detail-list";
import { featureFields } from "@/components/catalog/simple-fields";
import { StatusBadge } from "@/components/catalog/status-badge";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { requireAdmin } from "@/lib/auth/require-admin";
import { getFeature } from "@/lib/services/catalog/get-feature";
import { canWrite } from "@/lib/services/context";
import { searchParam, type SearchParams } from "../../../search-params";
import { orNotFound } from "../../or-not-found";
import { setFeatureArchivedAction, updateFeatureAction } from "../actions";

export const metadata = { title: "Feature" };

export default async function FeaturePage({ params, searchParams }: { params: Promise<{ featureId: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const feature = await orNotFound(getFeature(ctx, (await params).featureId));
  const writable = canWrite(ctx);
  return (
    <>
      <CatalogDetailHeader
        item={feature}
        noun="feature"
        consequence="Plans that grant it keep it, but it becomes read-only until you unarchive it."
        setArchived={setFeatureArchivedAction.bind(null, feature.id)}
        writable={writable}
        justCreated={searchParam(await searchParams, "saved") === "created"}
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <DetailList
          items={[
            { label: "Status", value: <StatusBadge status={feature.status} /> },
            { label: "Type", value: <Badge tone="info">{feature.type}</Badge> },
            { label: "Description", value: feature.description },
            { label: "Created", value: <LocalTime iso={feature.created_at} /> },
            { label: "Archived", value: feature.archived_at && <LocalTime iso={feature.archived_at} /> },
            { label: "ID", value: <span className="font-mono text-xs">{feature.id}</span> },
          ]}
        />
        {writable && feature.status === "active" && (
          <CatalogForm
            title="Edit feature"
            fields={featureFields(true)}
            initial={{ code: feature.code, name: feature.name, description: feature.description, type: feature.type }}
            submitLabel="Save changes"
            successMessage="Feature saved."
            action={updateFeatureAction.bind(null, feature.id)}
          />
        )}
      </div>
    </>
  );
}
