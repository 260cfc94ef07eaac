import Link from "next/link";
import { CatalogDetailHeader } from "@/components/catalog/catalog-detail-header";
import { MeterChargesTable } from "@/components/meters/meter-charges-table";
import { MeterDefinition } from "@/components/meters/meter-definition";
import { listHref } from "@/components/ui/list-href";
import { Section } from "@/components/ui/section";
import { requireAdmin } from "@/lib/auth/require-admin";
import { canWrite } from "@/lib/services/context";
import { getMeter } from "@/lib/services/meters/get-meter";
import { listMeterCharges } from "@/lib/services/meters/list-meter-charges";
import { orNotFound } from "../../../catalog/or-not-found";
import { searchParam, type SearchParams } from "../../../search-params";
import { setMeterArchivedAction } from "../actions";

export const metadata = { title: "Meter" };

const linkClass = "rounded-md px-3 py-2 text-sm font-semibold text-brand-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50";

export default async function MeterPage({ params, searchParams }: { params: Promise<{ meterId: string }>; searchParams: Promise<SearchParams> }) {
  const ctx = await requireAdmin();
  const { meterId } = await params;
  const meter = await orNotFound(getMeter(ctx, meterId));
  const charges = await listMeterCharges(ctx, meter.id);
  const writable = canWrite(ctx);
  return (
    <>
      <CatalogDetailHeader
        item={meter}
        noun="meter"
        consequence="Its usage stays readable and billable, but its events are no longer accepted at ingestion (unless another active meter counts them) and no new plan charge can price it."
        setArchived={setMeterArchivedAction.bind(null, meter.id)}
        writable={writable}
        justCreated={searchParam(await searchParams, "saved") === "created"}
      />
      <nav aria-label="Meter links" className="mb-6 flex flex-wrap gap-2">
        {writable && meter.status === "active" && (
          <Link href={`/usage/meters/${meter.id}/edit`} className={linkClass}>
            Edit
          </Link>
        )}
        <Link href={listHref("/usage", { meter_id: meter.id })} className={linkClass}>
          Explore usage
        </Link>
        <Link href={listHref("/usage/events", { event_name: meter.event_name })} className={linkClass}>
          Live events
        </Link>
        <Link href={listHref("/settings/audit-log", { resource_type: "meter" })} className={linkClass}>
          Meter changes (audit log)
        </Link>
      </nav>
      <div className="grid gap-6 xl:grid-cols-2">
        <MeterDefinition meter={meter} />
        <Section title="Plan charges">
          <MeterChargesTable charges={charges} />
        </Section>
      </div>
    </>
  );
}
