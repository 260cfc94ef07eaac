import { redirect } from "next/navigation";
import { MeterForm } from "@/components/meters/meter-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";
import { canWrite } from "@/lib/services/context";
import { createMeterAction } from "../actions";

export const metadata = { title: "New meter" };

export default async function NewMeterPage() {
  const ctx = await requireAdmin();
  if (!canWrite(ctx)) redirect("/usage/meters");
  return (
    <>
      <PageHeader title="New meter" description="A new meter also counts the events of its name already received." />
      <div className="max-w-4xl">
        <MeterForm saveAction={createMeterAction} />
      </div>
    </>
  );
}
