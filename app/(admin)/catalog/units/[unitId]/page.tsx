import { CatalogDetailHeader } from "@/components/catalog/catalog-detail-header";
import { CatalogForm } from "@/components/catalog/catalog-form";
import { DetailList } from "@/components/catalog/detail-list";
import { unitFields } from "@/components/catalog/simple-fields";
import { StatusBadge } from "@/components/catalog/status-badge";
import { LocalTime } from "@/components/ui/local-time";
import { requireAdmin } from "@/lib/auth/require-admin";
import { getUnit } from "@/lib/services/catalog/get-unit";
import { canWrite } from "@/lib/services/context";
import { searchParam, type SearchParams } from "../../../search-params";
import { orNotFound } from "../../or-not-found";
import { setUnitArchivedAction, updateUnitAction } from "../actions";

export const metadata = { title: "Unit" };

export default async function UnitPage({ params, searchParams }: { params: Promise<{ unitId: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const unit = await orNotFound(getUnit(ctx, (await params).unitId));
  const writable = canWrite(ctx);
  return (
    <>
      <CatalogDetailHeader
        item={unit}
        noun="unit"
        consequence="Charges that count in it keep it, but it becomes read-only until you unarchive it."
        setArchived={setUnitArchivedAction.bind(null, unit.id)}
        writable={writable}
        justCreated={searchParam(await searchParams, "saved") === "created"}
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <DetailList
          items={[
            { label: "Status", value: <StatusBadge status={unit.status} /> },
            { label: "Plural", value: unit.plural },
            { label: "Created", value: <LocalTime iso={unit.created_at} /> },
            { label: "Archived", value: unit.archived_at && <LocalTime iso={unit.archived_at} /> },
            { label: "ID", value: <span className="font-mono text-xs">{unit.id}</span> },
          ]}
        />
        {writable && unit.status === "active" && (
          <CatalogForm
            title="Edit unit"
            fields={unitFields(true)}
            initial={{ code: unit.code, name: unit.name, plural: unit.plural }}
            submitLabel="Save changes"
            successMessage="Unit saved."
            action={updateUnitAction.bind(null, unit.id)}
          />
        )}
      </div>
    </>
  );
}
