import { redirect } from "next/navigation";
import { MeterForm } from "@/components/meters/meter-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { canWrite } from "@/lib/services/context";
import { getMeter } from "@/lib/services/meters/get-meter";
import { listMeterCharges } from "@/lib/services/meters/list-meter-charges";
import { orNotFound } from "../../../../catalog/or-not-found";
import { updateMeterAction } from "../../actions";

export const metadata = { title: "Edit meter" };

export default async function EditMeterPage({ params }: { params: Promise<{ meterId: string }> }) {
  const ctx = await requireAdmin();
  const { meterId } = await params;
  const meter = await orNotFound(getMeter(ctx, meterId));
  // Viewers and archived meters (read-only until unarchived) see the meter's page instead.
  if (!canWrite(ctx) || meter.status === "archived") redirect(`/usage/meters/${meter.id}`);
  const charges = await listMeterCharges(ctx, meter.id);
  return (
    <>
      <PageHeader title={`Edit ${meter.name}`} description={<span className="font-mono">{meter.code}</span>} />
      <div className="max-w-4xl">
        <MeterForm meter={meter} chargeCount={charges.length} saveAction={updateMeterAction.bind(null, meter.id)} />
      </div>
    </>
  );
}
